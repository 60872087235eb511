/**
 * The host contract for hosts that serve files: Netlify / Cloudflare Pages
 * rules (`_headers`, `_redirects`) and, for hosts without any rules, pages
 * that redirect by themselves. Generated from the same sources as the
 * server's behaviour (lib/host/contract.ts, security-headers.ts, cache-control.ts).
 */
import { defaultLocale, localeConfig, locales } from '../../i18n/locales';
import { feedContentTypes } from '../feeds/build';
import { feedFiles, feedFormats, localePath, routes } from '../routes/paths';
import { cacheControl } from './cache-control';
import { securityHeaders } from './security-headers';
import type { LegacyRedirect } from './legacy';

/** Netlify / Cloudflare Pages `_headers`. */
export function headersFile(): string {
  const block = (pattern: string, headers: { key: string; value: string }[]) => [pattern, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n');
  return [
    block('/*', [...securityHeaders(), { key: 'Cache-Control', value: cacheControl.document }]),
    block('/_next/static/*', [{ key: 'Cache-Control', value: cacheControl.immutable }]),
    ...feedFormats.flatMap((format) =>
      [`/*/${feedFiles[format]}`, `/*/topics/*/${feedFiles[format]}`].map((pattern) =>
        block(pattern, [{ key: 'Content-Type', value: feedContentTypes[format] }]),
      ),
    ),
    block('/*/og.png', [
      { key: 'Content-Type', value: 'image/png' },
      { key: 'Cache-Control', value: cacheControl.card },
    ]),
    '',
  ].join('\n\n');
}

/**
 * Netlify-style `_redirects` (also read by Cloudflare Pages). Old permalinks
 * get real 301s, by the `Language` condition where a release exists in
 * several languages (the host matches it against Accept-Language); unknown
 * paths under a locale get that locale's 404 page, and `/` stays the
 * language chooser page.
 */
export function redirectsFile(legacy: LegacyRedirect[]): string {
  const lines: string[] = [];
  for (const { from, slug, locales: available } of legacy) {
    const target = (locale: string) => localePath(locale as never, routes.release(slug));
    for (const locale of available.filter((l) => l !== defaultLocale)) lines.push(`${from} ${target(locale)} 301 Language=${locale}`);
    lines.push(`${from} ${target(available.includes(defaultLocale) ? defaultLocale : available[0]!)} 301`);
  }
  for (const locale of locales) lines.push(`/${locale}/* ${localePath(locale, routes.notFound())} 404`);
  lines.push('/* /404.html 404');
  return lines.join('\n') + '\n';
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * An old permalink as a file, for hosts with no redirect rules at all: it
 * negotiates the reader's language with the same code as the server (a
 * script), and without scripts refreshes to the default language's version.
 */
export function redirectPage(redirect: LegacyRedirect, negotiateBundle: string): string {
  const fallback = redirect.locales.includes(defaultLocale) ? defaultLocale : redirect.locales[0]!;
  const target = (locale: string) => localePath(locale as never, routes.release(redirect.slug));
  const header = 'navigator.languages.map(function(l,i){return l+";q="+Math.max(0.1,1-i/10).toFixed(2)}).join(",")';
  const script = `${negotiateBundle};location.replace("/"+portalNegotiate(${header},${JSON.stringify(redirect.locales)},${JSON.stringify(fallback)})+${JSON.stringify(routes.release(redirect.slug))})`;
  const links = redirect.locales
    .map(
      (locale) =>
        `<p lang="${localeConfig[locale].tag}"><a href="${escapeHtml(target(locale))}" hreflang="${localeConfig[locale].tag}">${escapeHtml(target(locale))}</a></p>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${localeConfig[fallback].tag}">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(target(fallback))}">
<script>${script.replace(/<\//g, '<\\/')}</script>
<noscript><meta http-equiv="refresh" content="0; url=${escapeHtml(target(fallback))}"></noscript>
<title>Moved · 已移动</title>
</head>
<body>
${links}
</body>
</html>
`;
}
