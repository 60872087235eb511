import type { SiteModel } from '../content/model';
import { storeDir, storeFiles } from '../content/store/location';
import { followStore, storeFileStamp } from '../content/store/read';
import { processWide } from '../content/process-wide';
import { keptFor, shardOf } from '../content/store/shards';
import { readShardedHost } from './host-file';
import { legacyRedirects, type LegacyRedirect } from './legacy';
import { siteOutputs } from '../routes/outputs';
import type { HostSite } from './contract';

const sites = new WeakMap<SiteModel, HostSite>();

const redirectMap = (redirects: LegacyRedirect[]) => new Map(redirects.map((redirect) => [redirect.from, redirect]));

/** The host contract's view of a site model: which paths exist, where old permalinks lead. */
export function hostSite(model: SiteModel): HostSite {
  let site = sites.get(model);
  if (!site) {
    const paths = new Set(siteOutputs(model).map((output) => output.path));
    const legacy = redirectMap(legacyRedirects(model));
    sites.set(model, (site = { has: (path) => paths.has(path), legacy: (permalink) => legacy.get(permalink) }));
  }
  return site;
}

// Once per process, like the model (lib/content/process-wide.ts): the site, and the shards parsed so far.
const loaded = processWide('host-site', () => ({
  current: undefined as { stamp: string; site: HostSite } | undefined,
  caches: { paths: new Map<string, string[]>(), legacy: new Map<string, LegacyRedirect[]>() },
  sets: new Map<string[], Set<string>>(),
  redirects: new Map<LegacyRedirect[], Map<string, LegacyRedirect>>(),
}));

/**
 * The running server's host site (the proxy asks it about every request), read from what the publish
 * wrote for it (lib/host/host-file.ts): every output's path and old permalink, in shards. Not from the
 * model: working out every path of a 10,000-release model takes 0.25 s. It follows `host.json`, looked
 * at on every request (one `stat`), so the first request after a publish already sees the new paths; a
 * publish rewrites it after the index, and only when paths or permalinks changed, and a server parses
 * again only the shards that did. Loaded in the background too, like the model, so that request seldom
 * waits for it. Undefined for a store without it.
 */
export function currentHostSite(dir = storeDir()): HostSite | undefined {
  const stamp = storeFileStamp(storeFiles.host, dir);
  const { current } = loaded;
  if (current && current.stamp === stamp) return current.site;
  const host = stamp ? readShardedHost(dir, loaded.caches) : undefined;
  if (!stamp || !host) return undefined;
  // A Set of paths and a Map of redirects per shard, kept while its shard is: a publish that adds a release builds one or two again.
  const sets = keptFor(host.paths, loaded.sets, (paths) => new Set(paths));
  const redirects = keptFor(host.legacy, loaded.redirects, redirectMap);
  const site: HostSite = { has: (path) => sets[shardOf(path)]!.has(path), legacy: (permalink) => redirects[shardOf(permalink)]!.get(permalink) };
  loaded.current = { stamp, site };
  followStore(`host site ${dir}`, () => currentHostSite(dir));
  return site;
}
