// Plain JavaScript so next.config.mjs can read it too; lib/site.ts is the app's entry to it.

/** @param {string | undefined} value @param {string} fallback */
function originFrom(value, fallback) {
  // Only the origin: `${origin}${path}` must never double a slash.
  return new URL((value ?? '').trim() || fallback).origin;
}

/** Public origin of this portal (env SITE_URL). */
export const siteOrigin = () => originFrom(process.env.SITE_URL, 'http://localhost:3000');

/** The agency's current website, which still serves `/files/...` (env LEGACY_ORIGIN). */
export const legacyOrigin = () => originFrom(process.env.LEGACY_ORIGIN, 'https://www.mddi.gov.sg');
