/**
 * The host contract: what the site answers to any request before a page is
 * rendered. Decided here once; Next's proxy calls `decide` on every request,
 * and the nginx and static-host renderers (lib/host/nginx.ts,
 * lib/host/static-hosts.ts) express the same rules in their own terms.
 */
import { defaultLocale, isLocale, locales, type Locale } from '../../i18n/locales';
import { localePath, routes } from '../routes/paths';
import { negotiateLocale } from './negotiate';

export type HostRequest = { method: string; path: string; acceptLanguage?: string | null };

export type Decision =
  | { kind: 'pass' }
  | { kind: 'redirect'; status: 301 | 302 | 308; location: string; varyLanguage: boolean }
  | { kind: 'not-found'; locale: Locale; varyLanguage: boolean }
  | { kind: 'method-not-allowed' };

export type HostSite = {
  /** Is this path (with its locale) a page or file of the site? */
  has(path: string): boolean;
  /** The release a legacy permalink names: its slug and the languages it exists in. */
  legacy(permalink: string): { slug: string; locales: Locale[] } | undefined;
};

/**
 * Paths the site serves whatever the content: Next's assets, public files, the publish endpoint.
 * Not `/sitemaps/`: its files are outputs of the content (`site.has` passes them), and an unknown
 * one passed on reached Next's sitemap route, which answers 500 to an id it cannot decode
 * (`/sitemaps/sitemap/%ZZ.xml`); refused here, it is a 404 like any unknown path.
 * `/files/`: attachments migrated into public/files/, which the content reader links site-relative
 * (with their size); without it the proxy answered 404 to every one of them under `next start`.
 */
export const PASS_PREFIXES = ['/_next/', '/agency/', '/api/', '/files/'] as const;
/**
 * A file below one of the prefixes, not the folder itself: `/api/` or `/agency/` passed on reached
 * the `[locale]` home page as locale "api" and answered 500 (the fuzz test found it).
 */
const passesAsFile = (path: string) => !path.endsWith('/') && PASS_PREFIXES.some((prefix) => path.startsWith(prefix) && path.length > prefix.length);
export const PASS_FILES = ['/favicon.ico', '/icon.svg', '/apple-icon.png', '/robots.txt', '/sitemap.xml'] as const;
/** The authenticated endpoint `npm run publish` calls (app/api/publish/route.server.ts); trailing slash as every URL here. */
export const PUBLISH_ENDPOINT = '/api/publish/';

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);
const READ_METHODS = new Set(['GET', 'HEAD']);

export function decide(request: HostRequest, site: HostSite): Decision {
  const { path } = request;
  const negotiate = (among: readonly Locale[]) => negotiateLocale(request.acceptLanguage, among, among.includes(defaultLocale) ? defaultLocale : among[0]!);

  if (path === PUBLISH_ENDPOINT) return request.method === 'POST' ? { kind: 'pass' } : { kind: 'method-not-allowed' };
  if (!READ_METHODS.has(request.method)) return { kind: 'method-not-allowed' };
  if (passesAsFile(path) || (PASS_FILES as readonly string[]).includes(path)) return { kind: 'pass' };
  if (path === '/') return { kind: 'redirect', status: 302, location: localePath(negotiate(locales), routes.home()), varyLanguage: true };

  const first = path.split('/')[1];
  if (isLocale(first)) {
    if (site.has(path)) return { kind: 'pass' };
    if (!path.endsWith('/') && site.has(withSlash(path))) return { kind: 'redirect', status: 308, location: withSlash(path), varyLanguage: false };
    return { kind: 'not-found', locale: first, varyLanguage: false };
  }

  // Old links keep working: a permalink of the agency's previous site leads to the release in the reader's language.
  const legacy = site.legacy(withSlash(path));
  if (legacy) {
    return { kind: 'redirect', status: 301, location: localePath(negotiate(legacy.locales), routes.release(legacy.slug)), varyLanguage: true };
  }
  if (site.has(path)) return { kind: 'pass' };
  // A page path without its locale: the page in the reader's language, when it exists.
  const locale = negotiate(locales);
  if (site.has(localePath(locale, withSlash(path)))) {
    return { kind: 'redirect', status: 302, location: localePath(locale, withSlash(path)), varyLanguage: true };
  }
  return { kind: 'not-found', locale, varyLanguage: true };
}
