import path from 'node:path';

// Every path built from a folder known only at run time (the store, the card cache, the content, the
// export) carries `/* turbopackIgnore: true */`. Without it, Turbopack's file tracing turns the path into a
// glob over the whole project folder and walks it, `out/` included: with the static export of 10,000
// releases beside it, a server build's compile took 45 s instead of 10 s and traced the export's JSON files
// into the server bundle (e2e/build-traces.spec.ts).

/** Next's build folder (`next build`'s distDir; a static export's folder is `out/`). */
export const distDir = () => process.env.NEXT_DIST_DIR || '.next';

/**
 * Where a build keeps its data, outside Next's distDir (which `next build`
 * empties before it runs, while the content build runs before it):
 * `.portal/<build>/` for `.next` → `next`, `.next-fixtures` → `next-fixtures`,
 * the static export → `static`. PORTAL_DATA_DIR overrides it.
 */
export function buildDataDir(): string {
  if (process.env.PORTAL_DATA_DIR?.trim()) return path.resolve(/* turbopackIgnore: true */ process.env.PORTAL_DATA_DIR.trim());
  const name = process.env.STATIC_EXPORT === '1' ? 'static' : path.basename(distDir()).replace(/^\.+/, '');
  return path.join(/* turbopackIgnore: true */ process.cwd(), '.portal', name || 'next');
}

/** The content store of this build. */
export const storeDir = () => path.join(/* turbopackIgnore: true */ buildDataDir(), 'store');

/**
 * Caches shared by every build of this checkout (rendered cards): keep them
 * between CI runs. PORTAL_CACHE_DIR moves them (the benchmarks measure cold
 * caches that way without emptying the real one).
 */
export const sharedCacheDir = () =>
  process.env.PORTAL_CACHE_DIR?.trim() ? path.resolve(/* turbopackIgnore: true */ process.env.PORTAL_CACHE_DIR.trim()) : path.join(/* turbopackIgnore: true */ process.cwd(), '.portal', 'cache');

export const storeFiles = {
  /** Names the index's shards (lib/content/store/index-file.ts): replacing it switches a site to new content. */
  index: 'index.json',
  /** The folder of the index's shards. */
  indexShards: 'index',
  outputs: 'outputs.json',
  /** Every live release's related list (lib/publish/reach.ts): what lets a publish skip most of the archive. */
  related: 'related.json',
  /** Each release's search terms, per locale in shards (lib/search/terms.ts). */
  searchTerms: (locale: string, shard?: number) => path.join(/* turbopackIgnore: true */ 'search-terms', locale, ...(shard === undefined ? [] : [`${shard}.json`])),
  /** Names the shards of every output path and old permalink's redirect (lib/host/host-file.ts): the proxy follows it. */
  host: 'host.json',
  hostShards: 'host',
  /**
   * Present while a publish has written the new index but not yet the outputs and related lists that
   * go with it (lib/content/store/write.ts): a publish that finds it fingerprints everything again.
   */
  unfinished: 'publish-unfinished.json',
  build: 'build.json',
  record: (locale: string, slug: string) => path.join(/* turbopackIgnore: true */ 'records', locale, `${encodeURIComponent(slug)}.json`),
} as const;

/**
 * Where the CMS export lives. An agency keeps its content in its own
 * repository and points CONTENT_DIR at it; tests point it at fixtures.
 */
export function contentDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR?.trim() || 'content');
}
