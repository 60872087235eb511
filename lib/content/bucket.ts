import { createHash } from 'node:crypto';

/**
 * Which of `count` buckets a key (a slug) belongs in: from a hash of the key alone, so it is the same in
 * every build, process and publish, and a key stays in its bucket whatever else is added or removed.
 * The content store's search-term shards and the years' release sitemaps are dealt this way.
 */
export const stableBucket = (key: string, count: number) => createHash('sha1').update(key).digest().readUInt16BE(0) % count;
