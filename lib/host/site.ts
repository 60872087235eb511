import { locales, type Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import { storeDir, storeFiles } from '../content/store/location';
import { followStore, readStoreJson, storeFileStamp } from '../content/store/read';
import { processWide } from '../content/process-wide';
import type { HostArtefacts } from './artefacts';
import { siteOutputs } from '../routes/outputs';
import type { HostSite } from './contract';

export type LegacyRedirect = { from: string; slug: string; locales: Locale[] };

/** Every legacy permalink with the release it names and the languages that release exists in. */
export function legacyRedirects(model: SiteModel): LegacyRedirect[] {
  return model
    .permalinks()
    .map(([from, versions]) => ({ from, slug: Object.values(versions)[0]!.slug, locales: locales.filter((locale) => versions[locale]) }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
}

const sites = new WeakMap<SiteModel, HostSite>();

function siteOf(paths: ReadonlySet<string>, redirects: LegacyRedirect[]): HostSite {
  const legacy = new Map(redirects.map((redirect) => [redirect.from, redirect]));
  return { has: (path) => paths.has(path), legacy: (permalink) => legacy.get(permalink) };
}

/** The host contract's view of a site model: which paths exist, where old permalinks lead. */
export function hostSite(model: SiteModel): HostSite {
  let site = sites.get(model);
  if (!site) sites.set(model, (site = siteOf(new Set(siteOutputs(model).map((output) => output.path)), legacyRedirects(model))));
  return site;
}

// Once per process, like the model (lib/content/process-wide.ts).
const loaded = processWide('host-site', () => ({ current: undefined as { stamp: string; site: HostSite } | undefined }));

/**
 * The running server's host site (the proxy asks it about every request), read from what the publish
 * wrote for it: the store's outputs (every path) and `host.json` (old permalinks). Not from the model:
 * working out every path of a 10,000-release model takes 0.25 s, parsing the list the publisher wrote
 * a third of that. It follows `outputs.json` (written after `host.json`, and after the index: a publish
 * writes the index first), looked at on every request: one `stat`, so the first request after a publish
 * already sees the new paths. Loaded in the background too, like the model, so that request seldom
 * waits for it. Undefined for a store without them.
 */
export function currentHostSite(dir = storeDir()): HostSite | undefined {
  const stamp = storeFileStamp(storeFiles.outputs, dir);
  const { current } = loaded;
  if (current && current.stamp === stamp) return current.site;
  const outputs = readStoreJson<Record<string, string>>(storeFiles.outputs, dir);
  const host = readStoreJson<HostArtefacts>(storeFiles.host, dir);
  if (!stamp || !outputs || !host) return undefined;
  const site = siteOf(new Set(Object.keys(outputs)), host.legacy);
  loaded.current = { stamp, site };
  followStore(`host site ${dir}`, () => currentHostSite(dir));
  return site;
}
