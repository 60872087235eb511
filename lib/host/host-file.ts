/**
 * What the proxy of a running server reads from the store (lib/host/site.ts): every output's path (a
 * path that is not one answers the localized 404) and every old permalink's redirect. `host.json` names
 * their shards (lib/content/store/shards.ts). A publish rewrites the shards whose paths or permalinks it
 * changed, and `host.json` only when one did: a correction leaves it alone, so no server parses the
 * 60,000 paths of a 10,000-release archive again for it (about 0.1 s per process before).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { byCodePoint, type SiteModel } from '../content/model';
import { writeJson } from '../content/store/files';
import { storeFiles } from '../content/store/location';
import { dealShards, readShards, shardOf, writeShards, type ShardFiles } from '../content/store/shards';
import type { HostArtefacts } from './artefacts';
import { legacyRedirect, legacyRedirects, type LegacyRedirect } from './legacy';

type HostFile = { paths: ShardFiles; legacy: ShardFiles };

/** The host's tables in their shards (each sorted), and the files they are in. */
export type ShardedHost = { paths: string[][]; legacy: LegacyRedirect[][]; files: HostFile };

/** The host's tables in `dir`, undefined when the store has none. `caches`: shards parsed before, by file (a server's). */
export function readShardedHost(dir: string, caches: { paths?: Map<string, string[]>; legacy?: Map<string, LegacyRedirect[]> } = {}): ShardedHost | undefined {
  const at = path.join(/* turbopackIgnore: true */ dir, storeFiles.host);
  if (!existsSync(at)) return undefined;
  const files = JSON.parse(readFileSync(at, 'utf8')) as Partial<HostFile>;
  // A store from before the shards (host.json held the redirects): a publish writes the shards.
  if (!files.paths || !files.legacy) return undefined;
  return {
    paths: readShards<string>(dir, files.paths, caches.paths),
    legacy: readShards<LegacyRedirect>(dir, files.legacy, caches.legacy),
    files: files as HostFile,
  };
}

/** What hosts without the portal's code need (the static build's redirects), from the store. */
export function readHostArtefacts(dir: string): HostArtefacts | undefined {
  const host = readShardedHost(dir);
  return host && { legacy: host.legacy.flat().sort((a, b) => byCodePoint(a.from, b.from)) };
}

const folder = (table: keyof HostFile) => path.join(/* turbopackIgnore: true */ storeFiles.hostShards, table);

/**
 * Writes the host's tables for `model`, whose outputs are `paths`: all of them, or, given what the store
 * had (`previous`), the shards of the paths that came or went and of the permalinks a publish touched.
 * `host.json` is replaced only when a shard changed.
 */
export function writeHost(
  dir: string,
  model: SiteModel,
  next: { paths: Iterable<string> } | { previous: ShardedHost; added: string[]; removed: string[]; permalinks: ReadonlySet<string> },
): ShardedHost {
  let host: Omit<ShardedHost, 'files'>;
  let dirty: { paths?: Set<number>; legacy?: Set<number> } = {};
  if ('paths' in next) {
    host = { paths: dealShards([...next.paths].sort(byCodePoint), (p) => p), legacy: dealShards(legacyRedirects(model), (redirect) => redirect.from) };
  } else {
    const { previous, added, removed, permalinks } = next;
    dirty = { paths: new Set([...added, ...removed].map(shardOf)), legacy: new Set([...permalinks].map(shardOf)) };
    const gone = new Set(removed);
    const fresh = dealShards(added, (p) => p);
    const redirects = dealShards(
      [...permalinks].flatMap((permalink) => legacyRedirect(model, permalink) ?? []),
      (redirect) => redirect.from,
    );
    host = {
      paths: previous.paths.map((paths, n) => (dirty.paths!.has(n) ? [...paths.filter((p) => !gone.has(p)), ...fresh[n]!].sort(byCodePoint) : paths)),
      legacy: previous.legacy.map((entries, n) =>
        dirty.legacy!.has(n)
          ? [...entries.filter((entry) => !permalinks.has(entry.from)), ...redirects[n]!].sort((a, b) => byCodePoint(a.from, b.from))
          : entries,
      ),
    };
  }
  const previous = 'previous' in next ? next.previous.files : undefined;
  const files: HostFile = {
    paths: writeShards(dir, folder('paths'), host.paths, previous?.paths, dirty.paths),
    legacy: writeShards(dir, folder('legacy'), host.legacy, previous?.legacy, dirty.legacy),
  };
  const same = previous && files.paths.every((file, n) => file === previous.paths[n]) && files.legacy.every((file, n) => file === previous.legacy[n]);
  if (!same) writeJson(path.join(/* turbopackIgnore: true */ dir, storeFiles.host), files);
  return { ...host, files };
}
