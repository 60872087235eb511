import createNextIntlPlugin from 'next-intl/plugin';
import { bodiesShowImagesFrom, escapeRouteSource, legacyRedirects } from './lib/legacy-redirects.mjs';
import { legacyOrigin } from './lib/origins.mjs';
import { securityHeaders } from './lib/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * `npm run build:static` exports plain files for static hosts (`out/`). What
 * the server does per request (headers, redirects, language negotiation) the
 * static build does with files and generated host config (scripts/static/).
 */
const staticExport = process.env.STATIC_EXPORT === '1';

async function headers() {
  // `next dev` needs eval for Fast Refresh; the policy guards what is built and served.
  if (process.env.NODE_ENV !== 'production') return [];
  const legacyImageOrigin = bodiesShowImagesFrom(legacyOrigin()) ? legacyOrigin() : undefined;
  return [{ source: '/:path*', headers: securityHeaders({ legacyImageOrigin }) }];
}

/** Page 1 of a listing has one URL: the listing's own. */
const firstPageRedirects = [
  '/:locale/media-centre/press-releases',
  '/:locale/media-centre/press-releases/:year(\\d{4})',
  '/:locale/topics/:topic',
].map((base) => ({ source: `${base}/page/1`, destination: `${base.replace('(\\d{4})', '')}/`, permanent: true }));

async function redirects() {
  // `contentlayer2 build` runs first (npm run build), so the index is fresh here.
  const legacy = legacyRedirects().map(({ from, to }) => ({
    source: escapeRouteSource(from),
    destination: to,
    permanent: true,
  }));
  return [...firstPageRedirects, ...legacy];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Permalinks end in `/`; keep every URL in that form.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // subset-font loads harfbuzz's wasm through require.resolve at run time; bundled, that path becomes a module id.
  serverExternalPackages: ['subset-font', 'harfbuzzjs'],
  // Read by the proxy to find the prerender manifest; fixture and static builds use their own folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  ...(staticExport ? { output: 'export' } : { headers, redirects }),
};

export default withNextIntl(nextConfig);
