import { statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A document a body links to: listed after the body, and announced in feeds as an enclosure. */
export type Attachment = {
  /** As the body links it: site-relative (`/files/…`, ours) or absolute (the legacy site). */
  url: string;
  /** IANA media type. */
  type: string;
  /** What readers call the format: PDF, Word, Excel, PowerPoint… */
  format: string;
  /** Bytes, only where the file is ours to measure (in public/). */
  size?: number;
  /** The link's text, or the file name. */
  title: string;
  /** BCP 47 tag the author gave the link (`hreflang`), if any. */
  hreflang?: string;
};

/** Document types worth announcing; web pages linked from a body are not attachments. */
export const ATTACHMENT_TYPES: Record<string, { type: string; format: string }> = {
  '.pdf': { type: 'application/pdf', format: 'PDF' },
  '.doc': { type: 'application/msword', format: 'Word' },
  '.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', format: 'Word' },
  '.xls': { type: 'application/vnd.ms-excel', format: 'Excel' },
  '.xlsx': { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', format: 'Excel' },
  '.ppt': { type: 'application/vnd.ms-powerpoint', format: 'PowerPoint' },
  '.pptx': { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', format: 'PowerPoint' },
  '.csv': { type: 'text/csv', format: 'CSV' },
  '.zip': { type: 'application/zip', format: 'ZIP' },
};

function pathnameOf(url: string): string | undefined {
  try {
    return decodeURI(new URL(url, 'http://site.invalid').pathname);
  } catch {
    return undefined;
  }
}

function localSize(publicDir: string, pathname: string): number | undefined {
  const file = path.join(/* turbopackIgnore: true */ publicDir, pathname);
  if (!file.startsWith(path.resolve(/* turbopackIgnore: true */ publicDir) + path.sep)) return undefined;
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** Links to documents in a cleaned body, once each, in the order they appear. */
export function collectAttachments(tree: Root, publicDir: string): Attachment[] {
  const found = new Map<string, Attachment>();
  visit(tree, 'element', (node) => {
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string' || found.has(href)) return;
    const pathname = pathnameOf(href);
    const kind = pathname && ATTACHMENT_TYPES[path.extname(pathname).toLowerCase()];
    if (!pathname || !kind) return;
    const hreflang = typeof node.properties.hrefLang === 'string' ? node.properties.hrefLang : undefined;
    found.set(href, {
      url: href,
      ...kind,
      size: href.startsWith('/') ? localSize(publicDir, pathname) : undefined,
      title: toString(node).replace(/\s+/g, ' ').trim() || path.basename(pathname),
      ...(hreflang ? { hreflang } : {}),
    });
  });
  return [...found.values()];
}
