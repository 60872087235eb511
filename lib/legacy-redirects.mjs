// Plain JavaScript: next.config.mjs imports it, and it runs before TypeScript is compiled.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const defaultLocale = 'en';

/**
 * Old links keep working: each release's `permalink` (the path on the agency's
 * previous site, without a locale) redirects permanently to the release in
 * English, or in the only language it exists in. Derived from the generated
 * content index, so it can never drift from the content.
 *
 * @returns {{ from: string, to: string }[]}
 */
export function legacyRedirects(indexPath = path.resolve('.contentlayer/generated/Release/_index.json')) {
  if (!existsSync(indexPath)) return [];
  /** @type {{ permalink: string, slug: string, locale: string }[]} */
  const releases = JSON.parse(readFileSync(indexPath, 'utf8'));
  /** @type {Map<string, { slug: string, locales: string[] }>} */
  const byPermalink = new Map();
  for (const { permalink, slug, locale } of releases) {
    const entry = byPermalink.get(permalink) ?? { slug, locales: [] };
    entry.locales.push(locale);
    byPermalink.set(permalink, entry);
  }
  return [...byPermalink].map(([permalink, { slug, locales }]) => {
    const locale = locales.includes(defaultLocale) ? defaultLocale : [...locales].sort()[0];
    return { from: permalink, to: `/${locale}/media-centre/press-releases/${slug}/` };
  });
}

/** path-to-regexp reads `:`, `(`, `*`… in a redirect source as syntax; a permalink means them literally. */
export function escapeRouteSource(pathname) {
  return pathname.replace(/[:()*+?{}!\\]/g, '\\$&');
}
