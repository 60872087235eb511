import { locales, type Locale } from '../../i18n/locales';
import { byCodePoint, type SiteModel } from '../content/model';

/** An old permalink, the release it names and the languages that release exists in. */
export type LegacyRedirect = { from: string; slug: string; locales: Locale[] };

/** Where an old permalink leads in `model`, or undefined when no release has it. */
export function legacyRedirect(model: SiteModel, permalink: string): LegacyRedirect | undefined {
  const versions = model.versions(permalink);
  const first = versions && Object.values(versions)[0];
  return first && { from: permalink, slug: first.slug, locales: locales.filter((locale) => versions[locale]) };
}

/** Every legacy permalink with the release it names, in code point order. */
export function legacyRedirects(model: SiteModel): LegacyRedirect[] {
  return model
    .permalinks()
    .map(([from]) => legacyRedirect(model, from)!)
    .sort((a, b) => byCodePoint(a.from, b.from));
}
