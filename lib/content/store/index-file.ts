/**
 * The store's index on disk: `index.json` names the shards of the releases' metadata (lib/content/store/shards.ts:
 * a release's versions in every language share the shard of its slug) and holds the tombstones. Replacing it
 * is what switches a running site to new content; a publish rewrites the shards its change touches.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { byCodePoint, type StoreIndex, type Tombstone } from '../model';
import { releaseId, type ReleaseMeta } from '../record';
import { writeJson } from './files';
import { storeFiles } from './location';
import { dealShards, readShards, shardOf, writeShards, type ShardFiles } from './shards';

type IndexFile = { releases: ShardFiles; tombstones: Tombstone[] };

/** The index as a writer holds it: the releases in their shards (each in id order) and the files they are in. */
export type ShardedIndex = { index: StoreIndex; shards: ReleaseMeta[][]; files: ShardFiles };

const byId = (a: ReleaseMeta, b: ReleaseMeta) => byCodePoint(releaseId(a), releaseId(b));

const indexOf = (shards: ReleaseMeta[][], tombstones: Tombstone[]): StoreIndex => ({ releases: shards.flat(), tombstones });

/**
 * The index in `dir` (undefined when there is none). `cache`: shards parsed before, by file (a running
 * server's, kept across publishes), so that only the shards a publish rewrote are read again.
 */
export function readShardedIndex(dir: string, cache?: Map<string, ReleaseMeta[]>): ShardedIndex | undefined {
  const at = path.join(/* turbopackIgnore: true */ dir, storeFiles.index);
  if (!existsSync(at)) return undefined;
  const file = JSON.parse(readFileSync(at, 'utf8')) as IndexFile | StoreIndex;
  // A store written before the index had shards holds the releases themselves: the next publish writes its shards.
  if (file.releases.some((entry) => typeof entry !== 'string')) {
    const shards = dealShards(file.releases as ReleaseMeta[], (release) => release.slug);
    return { index: indexOf(shards, file.tombstones), shards, files: [] };
  }
  const files = file.releases as ShardFiles;
  const shards = readShards<ReleaseMeta>(dir, files, cache);
  return { index: indexOf(shards, file.tombstones), shards, files };
}

/**
 * Writes the index: every shard (a full build), or, given the index the store had, the shards a publish
 * touched: those of the releases that `gone` (the old versions of the files it read or lost) and `changed`
 * (what those files hold now) are in. Returns what it wrote.
 */
export function writeIndex(
  dir: string,
  next: { releases: ReleaseMeta[]; tombstones: Tombstone[] } | { previous: ShardedIndex; gone: ReleaseMeta[]; changed: ReleaseMeta[]; tombstones: Tombstone[] },
): ShardedIndex {
  let shards: ReleaseMeta[][];
  let dirty: Set<number> | undefined;
  if ('releases' in next) shards = dealShards([...next.releases].sort(byId), (release) => release.slug);
  else {
    dirty = new Set([...next.gone, ...next.changed].map((release) => shardOf(release.slug)));
    const gone = new Set(next.gone.map((release) => release.source.file));
    const changed = dealShards(next.changed, (release) => release.slug);
    shards = next.previous.shards.map((entries, n) =>
      dirty!.has(n) ? [...entries.filter((release) => !gone.has(release.source.file)), ...changed[n]!].sort(byId) : entries,
    );
  }
  const files = writeShards(dir, storeFiles.indexShards, shards, 'previous' in next ? next.previous.files : undefined, dirty);
  writeJson(path.join(/* turbopackIgnore: true */ dir, storeFiles.index), { releases: files, tombstones: next.tombstones } satisfies IndexFile);
  return { index: indexOf(shards, next.tombstones), shards, files };
}
