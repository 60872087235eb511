// Next's incremental cache for several `next start` processes (next.config.mjs uses it when REDIS_URL is set).
// Plain JavaScript: Next loads it at run time, outside its bundles.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { createClient } from 'redis';

const require = createRequire(import.meta.url);
// Next's own reader of the pages it prerendered at build time (the same one `next start` uses without a handler).
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js');
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js');

const REVALIDATED_TAGS = '__revalidated_tags__';

/**
 * Pages re-rendered after a publish live in Redis, shared by every process
 * (and machine) that points at it: `@fortedigital/nextjs-cache-handler`,
 * whose `revalidateTag` records the time of each revalidated tag and
 * deletes the entries that carry it. Keys are prefixed with the build
 * (its prerender manifest is unique to a build), so a new deploy never
 * serves the previous one's pages.
 */
CacheHandler.onCreation(async ({ serverDistDir }) => {
  if (globalThis.__portalCache) return globalThis.__portalCache.config;
  // `next build` writes its prerendered pages to disk; no Redis is needed (or reachable) then.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [] };
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
  client.on('error', (error) => console.warn('[portal cache] redis:', error.message));
  await client.connect();
  const build = createHash('sha1')
    .update(readFileSync(path.join(/* turbopackIgnore: true */ serverDistDir, '..', 'prerender-manifest.json')))
    .digest('hex')
    .slice(0, 12);
  const keyPrefix = `portal:${build}:`;
  const seeds = new FileSystemCache({ fs: nodeFs, serverDistDir, flushToDisk: false, revalidatedTags: [] });
  globalThis.__portalCache = { client, keyPrefix, seeds, config: { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: 1000 })] } };
  return globalThis.__portalCache.config;
});

/**
 * A page published after the build, or revalidated since, comes from Redis.
 * Every other page is the one `next build` prerendered, read from disk as
 * Next would without a cache handler, unless one of its tags was
 * revalidated after it was built: so Redis holds only what changed.
 */
export default class PortalCacheHandler extends CacheHandler {
  async get(key, ctx) {
    const cache = globalThis.__portalCache;
    const hit = await super.get(key, ctx);
    if (hit) {
      // A route handler's copy in Redis carries no path tag, and Next passes it none: without this, a feed or
      // card re-rendered by one publish would never be revalidated by the next (`revalidatePath` records its tag).
      if (cache && hit.value?.kind === 'APP_ROUTE' && (await revalidatedSince(cache, key, hit))) return null;
      // Next ≥ 16.3.8 trusts `cacheControl`; without it a page rendered by another process counts as 1 s old.
      if (!hit.cacheControl && hit.lifespan?.revalidate !== undefined) hit.cacheControl = { revalidate: hit.lifespan.revalidate };
      return hit;
    }
    if (!cache) return null;
    const seed = await cache.seeds.get(key, ctx);
    if (!seed?.value) return null;
    return (await revalidatedSince(cache, key, seed)) ? null : seed;
  }
}

/** Whether one of an entry's tags was revalidated after it was rendered. */
async function revalidatedSince(cache, key, entry) {
  // A page's tags are in its headers; a route handler's (feeds, cards) are not, but its path tag is its key's tail.
  const tags = String(entry.value.headers?.['x-next-cache-tags'] ?? '')
    .split(',')
    .filter(Boolean);
  const marker = key.indexOf('/$/');
  if (marker !== -1) tags.push(`_N_T_${key.slice(marker + 2)}`);
  if (!tags.length) return false;
  const times = await cache.client.hmGet(cache.keyPrefix + REVALIDATED_TAGS, tags);
  return times.some((time) => time && Number(time) > entry.lastModified);
}
