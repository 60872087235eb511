/**
 * The permalink rule, written once: a permalink is a site path that is
 * already out in the world; its last segment is the release's slug.
 */

/** Unreserved characters, `/` and percent-escapes: what a path can hold unencoded. */
const PATH = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}|\/)*$/;

export function permalinkProblem(permalink: string): string | undefined {
  if (!permalink.startsWith('/') || !permalink.endsWith('/')) return 'must start and end with "/"';
  if (permalink === '/') return 'must name a page, not the site root';
  if (permalink.includes('//') || /\/\.\.?\//.test(permalink)) return 'must not contain empty or dot segments';
  if (!PATH.test(permalink)) return 'contains characters that cannot be in a URL path (spaces, quotes, <, >, #, ?…)';
  return undefined;
}

/** The slug: the permalink's last segment. */
export function slugOf(permalink: string): string {
  return permalink.split('/').filter(Boolean).at(-1) ?? '';
}
