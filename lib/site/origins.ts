/**
 * The deployment's origins, read from the environment once. Everything that
 * writes an absolute URL (canonical links, feeds, cards, sitemap) gets it
 * from here through `site.url`.
 */

export const DEFAULT_SITE_URL = 'http://localhost:3000';
export const DEFAULT_LEGACY_ORIGIN = 'https://www.mddi.gov.sg';

/** Only the origin: `${origin}${path}` must never double a slash. */
function originFrom(value: string | undefined, fallback: string): string {
  return new URL(value?.trim() || fallback).origin;
}

/** Public origin of this portal (env SITE_URL). */
export const siteOrigin = () => originFrom(process.env.SITE_URL, DEFAULT_SITE_URL);

/** The agency's current website, which still serves `/files/...` (env LEGACY_ORIGIN). */
export const legacyOrigin = () => originFrom(process.env.LEGACY_ORIGIN, DEFAULT_LEGACY_ORIGIN);

/**
 * What is wrong with SITE_URL for a public build, or undefined when nothing is:
 * canonical URLs, `og:image`, feed links and the sitemap all carry this origin.
 */
export function siteUrlProblem(value = process.env.SITE_URL): string | undefined {
  if (!value?.trim()) return `SITE_URL is not set, so every absolute URL will point at ${DEFAULT_SITE_URL}`;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `SITE_URL ${JSON.stringify(value)} is not a URL`;
  }
  if (['localhost', '127.0.0.1', '[::1]', '0.0.0.0'].includes(url.hostname) || url.hostname.endsWith('.localhost')) {
    return `SITE_URL is ${url.origin}, a local address, so every absolute URL will point at this machine`;
  }
  return undefined;
}
