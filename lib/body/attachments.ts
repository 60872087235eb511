import { statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export type Attachment = { url: string; type: string; length?: number; title: string };

/** Document types worth announcing as enclosures; web pages linked from a body are not attachments. */
const ATTACHMENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.csv': 'text/csv',
  '.zip': 'application/zip',
};

function localSize(publicDir: string, url: string, siteOrigin: string): number | undefined {
  if (!url.startsWith(siteOrigin + '/')) return undefined;
  try {
    const file = path.join(/* turbopackIgnore: true */ publicDir, decodeURI(new URL(url).pathname));
    return file.startsWith(publicDir + path.sep) ? statSync(file).size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Links to documents in an (absolute-URL) body: the annexes a release refers
 * to. `length` only where the file is ours to measure (in public/).
 */
export function collectAttachments(tree: Root, publicDir: string, siteOrigin: string): Attachment[] {
  const found = new Map<string, Attachment>();
  visit(tree, 'element', (node) => {
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string') return;
    let pathname: string;
    try {
      pathname = new URL(href).pathname;
    } catch {
      return;
    }
    const type = ATTACHMENT_TYPES[path.extname(pathname).toLowerCase()];
    if (!type || found.has(href)) return;
    const title = node.children.map((child) => ('value' in child ? String(child.value) : '')).join('').trim();
    found.set(href, { url: href, type, length: localSize(publicDir, href, siteOrigin), title: title || path.basename(pathname) });
  });
  return [...found.values()];
}
