// Plain JavaScript: next.config.mjs imports it, and it runs before TypeScript is compiled.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const defaultLocale = 'en';
const defaultIndex = () => path.resolve('.contentlayer/generated/Release/_index.json');

/**
 * The generated content index (`contentlayer2 build` runs before `next build`).
 * @returns {{ permalink: string, slug: string, locale: string, cleaned: { html: string } }[]}
 */
export function generatedReleases(indexPath = defaultIndex()) {
  return existsSync(indexPath) ? JSON.parse(readFileSync(indexPath, 'utf8')) : [];
}

/** True when some release body shows an image from `origin` (the CSP then allows it, and only then). */
export function bodiesShowImagesFrom(origin, indexPath) {
  return generatedReleases(indexPath).some(({ cleaned }) => cleaned.html.includes(`src="${origin}/`));
}

/**
 * Old links keep working: each release's `permalink` (the path on the agency's
 * previous site, without a locale) redirects permanently to the release in
 * English, or in the only language it exists in. Derived from the generated
 * content index, so it can never drift from the content.
 *
 * @returns {{ from: string, to: string }[]}
 */
export function legacyRedirects(indexPath) {
  const releases = generatedReleases(indexPath);
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
