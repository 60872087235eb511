import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import createNextIntlPlugin from 'next-intl/plugin';
import { tsImport } from 'tsx/esm/api';

const require = createRequire(import.meta.url);
// The portal's own TypeScript, not a plain-JavaScript copy of it: headers and the build ID come from lib/.
const portal = await tsImport('./lib/host/next-config.ts', import.meta.url);

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // Types every message's ICU arguments from English (messages/en.d.json.ts, generated).
  experimental: { createMessagesDeclaration: './messages/en.json' },
});

/**
 * `npm run build:static` exports plain files for static hosts (`out/`). What
 * the server does per request (headers, redirects, language negotiation) the
 * static build does with files and generated host configuration.
 */
const staticExport = process.env.STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Permalinks end in `/`; keep every URL in that form.
  trailingSlash: true,
  poweredByHeader: false,
  // Per-response work `next start` can leave to nginx, read when the server starts (levers of
  // `npm run bench:serve`): gzip (behind nginx Next already answers uncompressed, since nginx
  // strips Accept-Encoding) and the ETag, a hash of every body.
  compress: process.env.PORTAL_NEXT_COMPRESS !== '0',
  generateEtags: process.env.PORTAL_NEXT_ETAGS !== '0',
  reactStrictMode: true,
  // The same code makes the same build ID, so a partial static build links the chunks the full one wrote.
  generateBuildId: () => portal.codeVersion(),
  // subset-font loads harfbuzz's wasm through require.resolve at run time; bundled, that path becomes a module id.
  serverExternalPackages: ['subset-font', 'harfbuzzjs'],
  // Static export: a custom distDir names the export folder (Next keeps its build in .next).
  distDir: portal.distDir(),
  // `route.server.ts` (the publish endpoint) exists on a server only: a static export has no POST.
  pageExtensions: staticExport ? ['tsx', 'ts'] : ['tsx', 'ts', 'server.ts'],
  // Types are checked once per change by `npm run typecheck` (part of `npm test`), not again by each of its builds.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // A static export keeps its compilation between builds (.next/cache): a publish recompiles nothing.
    // A server deployment compiles once and publishes without compiling, so its build does not write
    // the cache, which cost a cold compile a third more (1,000 releases: 15.5 s against 11 s alone,
    // 44.0 s against 37.6 s for the whole build; BENCHMARKS.md, run of 2026-12-07, morning).
    turbopackFileSystemCacheForBuild: staticExport,
    // Next leaves one core to itself; while pages are generated it waits, so render on every core
    // (1,000 releases on 2 cores: 53 s instead of 63 s, BENCHMARKS.md).
    cpus: availableParallelism(),
    // No `prefetchInlining` setting: it shaped the per-segment prefetch data, which no page here uses
    // and which Next, patched at install, no longer makes (scripts/install/patch-next.ts).
  },
  ...(staticExport
    ? { output: 'export' }
    : {
        headers: async () => (process.env.NODE_ENV === 'production' ? portal.nextHeaders() : []),
        // Several `next start` processes share one cache through Redis when REDIS_URL is set (lib/host/cache-handler.mjs).
        ...(process.env.REDIS_URL ? { cacheHandler: require.resolve('./lib/host/cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
      }),
};

export default withNextIntl(nextConfig);
