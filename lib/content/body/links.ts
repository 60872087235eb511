import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export type LinkOptions = {
  /** Folder whose files are served at the site root (`public/`). */
  publicDir: string;
  /** Origin that still serves legacy paths (`/files/...`). */
  legacyOrigin: string;
  legacyPathPrefixes: readonly string[];
  /** When set, every site-relative URL becomes absolute on this origin (feeds). */
  absoluteOrigin?: string;
  /**
   * The release's permalink: the page the author wrote the body on, on the
   * legacy site. A relative URL (`<img src="chart.png">`) meant that page's
   * neighbour there; on this portal it would name a page that does not exist.
   */
  basePath?: string;
};

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/**
 * A site-relative URL as the CMS writes it (`/files/Press Releases 2023/x.pdf`)
 * becomes a valid, percent-encoded URL. Decoding first keeps an already
 * encoded `%20` from turning into `%2520`.
 */
export function encodeSitePath(url: string): string {
  return encodeURI(safeDecode(url));
}

/** True for `/x`, false for `//host/x`, `https://…`, `#x`, `mailto:`. */
export function isSiteRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

export function existsInPublic(publicDir: string, sitePath: string): boolean {
  const pathname = safeDecode(sitePath.split(/[?#]/)[0] ?? '');
  // turbopackIgnore: build-time lookups in public/, not files the server bundle needs.
  const resolved = path.join(/* turbopackIgnore: true */ publicDir, pathname);
  // Refuse `..` tricks: only files inside public/ count.
  return resolved.startsWith(path.resolve(/* turbopackIgnore: true */ publicDir) + path.sep) && existsSync(resolved);
}

/** `chart.png`, `../x`, `./y`: no scheme, no leading `/`, not a fragment or query of this page. */
const isDocumentRelative = (url: string) => url !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);

export function resolveSiteUrl(url: string, options: LinkOptions): string {
  if (isDocumentRelative(url) && options.basePath) {
    try {
      return new URL(url, options.legacyOrigin + options.basePath).href;
    } catch {
      return url;
    }
  }
  if (!isSiteRelative(url)) return url;
  const encoded = encodeSitePath(url);
  const isLegacy = options.legacyPathPrefixes.some((prefix) => url.startsWith(prefix));
  if (isLegacy && !existsInPublic(options.publicDir, url)) return options.legacyOrigin + encoded;
  return options.absoluteOrigin ? options.absoluteOrigin + encoded : encoded;
}

function rewriteAttribute(node: Element, name: 'href' | 'src', options: LinkOptions) {
  const value = node.properties[name];
  if (typeof value === 'string') node.properties[name] = resolveSiteUrl(value, options);
}

/** rehype plugin: fix up URLs and link relations after sanitizing. */
export function rehypeBodyLinks(options: LinkOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a') {
        rewriteAttribute(node, 'href', options);
        // A new tab must not hand the opener to the target page.
        if (node.properties.target === '_blank') node.properties.rel = ['noopener', 'noreferrer'];
      }
      if (node.tagName === 'img') rewriteAttribute(node, 'src', options);
    });
  };
}
