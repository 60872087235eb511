/**
 * Large store tables (the index's releases, the host's paths and old permalinks) kept as a fixed number
 * of shard files, each named by a hash of its bytes, and a small manifest naming them. A publish writes
 * the shards its change touches and a new manifest; a reader parses the manifest and only the shards it
 * has not parsed before. At 10,000 releases, writing the whole index and parsing it again in every
 * server process was about a quarter of a second of each publish per process (BENCHMARKS.md); one shard
 * is a thirty-second of that.
 *
 * A shard file never changes once written (its name is its content), so a reader that holds a manifest
 * finds every file it names, as long as that manifest is the current or the previous one: a writer
 * removes the files neither of them names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stableBucket } from '../bucket';
import { writeAtomic } from './files';

/** Shards per table: a publish of one release rewrites about 1/32 of a table. */
export const SHARD_COUNT = 32;

/** The shard of a key (a slug, a path): the same in every process and publish. */
export const shardOf = (key: string) => stableBucket(key, SHARD_COUNT);

/** Shard file names, relative to the store folder, in shard order. */
export type ShardFiles = string[];

/** Entries dealt to their shards (each shard's entries in the order given). */
export function dealShards<T>(entries: Iterable<T>, keyOf: (entry: T) => string): T[][] {
  const shards: T[][] = Array.from({ length: SHARD_COUNT }, () => []);
  for (const entry of entries) shards[shardOf(keyOf(entry))]!.push(entry);
  return shards;
}

/**
 * Writes the shards of table `name` under `dir` and returns their file names. With `previous` (the
 * names the last write returned), only the shards in `dirty` are written: the others keep their file.
 * Files neither this write nor `previous` names are removed.
 */
export function writeShards<T>(dir: string, name: string, shards: T[][], previous?: ShardFiles, dirty?: ReadonlySet<number>): ShardFiles {
  const files = shards.map((entries, n) => {
    const kept = previous?.[n];
    if (kept && dirty && !dirty.has(n)) return kept;
    const text = JSON.stringify(entries);
    const file = path.join(/* turbopackIgnore: true */ name, `${n}-${createHash('sha1').update(text).digest('base64url').slice(0, 16)}.json`);
    if (!existsSync(path.join(/* turbopackIgnore: true */ dir, file))) writeAtomic(path.join(/* turbopackIgnore: true */ dir, file), text);
    return file;
  });
  const inUse = new Set([...files, ...(previous ?? [])]);
  const folder = path.join(/* turbopackIgnore: true */ dir, name);
  if (existsSync(folder)) for (const entry of readdirSync(folder)) if (!inUse.has(path.join(/* turbopackIgnore: true */ name, entry))) rmSync(path.join(/* turbopackIgnore: true */ folder, entry), { force: true });
  return files;
}

/**
 * The shards a manifest names, parsed. `cache` maps file names to what was parsed before: those are not
 * read again, and after the call it holds exactly this manifest's shards.
 */
export function readShards<T>(dir: string, files: ShardFiles, cache = new Map<string, T[]>()): T[][] {
  return keptFor(files, cache, (file) => JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ dir, file), 'utf8')) as T[]);
}

/**
 * `make` of each key, taken from `kept` when the key was seen before; afterwards `kept` holds these keys
 * only. A reader keeps what it worked out of each shard (by file, or by the parsed shard) while the shard is
 * current, and works out again only what a publish rewrote.
 */
export function keptFor<K, V>(keys: readonly K[], kept: Map<K, V>, make: (key: K) => V): V[] {
  const values = keys.map((key) => kept.get(key) ?? make(key));
  kept.clear();
  keys.forEach((key, n) => kept.set(key, values[n]!));
  return values;
}
