import { defaultLocale, localeConfig, type Locale } from '../../i18n/locales';
import { absoluteUrl } from '../routes/absolute';

/**
 * The hreflang alternates of a page that exists in `available` languages:
 * the one source for the HTML head and the sitemap (no HTTP header repeats
 * them). `x-default` is the default language's version, else the first.
 */
export function hreflangAlternates(available: readonly Locale[], path: string): Record<string, string> {
  if (available.length === 0) return {};
  const languages: Record<string, string> = {};
  for (const locale of available) languages[localeConfig[locale].tag] = absoluteUrl(locale, path);
  const fallback = available.includes(defaultLocale) ? defaultLocale : available[0]!;
  if (available.length > 1) languages['x-default'] = absoluteUrl(fallback, path);
  return languages;
}
