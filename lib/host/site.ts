import { locales, type Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import { storeDir, storeFiles } from '../content/store/location';
import { followStore, indexStamp, readStoreJson, STORE_RECHECK_MS } from '../content/store/read';
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
const loaded = processWide('host-site', () => ({ current: undefined as { stamp: string | undefined; site: HostSite; checkedAt: number } | undefined }));

/**
 * The running server's host site (the proxy asks it about every request), read from what the publish
 * wrote for it: the store's outputs (every path) and `host.json` (old permalinks). Not from the model:
 * the proxy is a module instance of its own, and building a model there too cost every process another
 * 11 MB index and half a second after each publish at 10,000 releases. Loaded again when the index
 * (written last) changes, in the background like the pages' model. Undefined for a store without them.
 */
export function currentHostSite(dir = storeDir()): HostSite | undefined {
  const { current } = loaded;
  if (current && Date.now() - current.checkedAt <= STORE_RECHECK_MS) return current.site;
  const stamp = indexStamp(dir);
  if (current && current.stamp === stamp) {
    current.checkedAt = Date.now();
    return current.site;
  }
  const outputs = readStoreJson<Record<string, string>>(storeFiles.outputs, dir);
  const host = readStoreJson<HostArtefacts>(storeFiles.host, dir);
  if (!outputs || !host) return undefined;
  const site = siteOf(new Set(Object.keys(outputs)), host.legacy);
  loaded.current = { stamp, site, checkedAt: Date.now() };
  followStore(`host site ${dir}`, () => currentHostSite(dir));
  return site;
}
