import { locales, type Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
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

/**
 * The host contract's view of a site model: which paths exist, where old
 * permalinks lead. `known`: the model's paths when already at hand (the
 * store's list of outputs), else they are enumerated from the model.
 */
export function hostSite(model: SiteModel, known?: ReadonlySet<string>): HostSite {
  let site = sites.get(model);
  if (!site) {
    const paths = known ?? new Set(siteOutputs(model).map((output) => output.path));
    const legacy = new Map(legacyRedirects(model).map((redirect) => [redirect.from, redirect]));
    site = { has: (path) => paths.has(path), legacy: (permalink) => legacy.get(permalink) };
    sites.set(model, site);
  }
  return site;
}
