import { defaultLocale, localeConfig, type Locale } from '@/i18n/locales';
import { getTranslation, type Release } from './content';
import { localeUrl } from './metadata';
import { routes } from './routes';
import { site } from './site';

function publisher(locale: Locale) {
  return {
    '@type': 'GovernmentOrganization',
    name: site.agency.name[locale],
    alternateName: site.agency.shortName,
    url: site.legacyOrigin,
  };
}

/** schema.org NewsArticle for a release, linked to its translations. */
export function newsArticle(release: Release, allLocales: readonly Locale[]) {
  const url = localeUrl(release.locale, routes.release(release.slug));
  const translations = allLocales.flatMap((locale) => {
    if (locale === release.locale) return [];
    const translation = getTranslation(release, locale);
    if (!translation) return [];
    return [
      {
        '@type': 'NewsArticle',
        '@id': localeUrl(locale, routes.release(translation.slug)),
        headline: translation.title,
        inLanguage: localeConfig[locale].tag,
      },
    ];
  });
  // The CMS does not record which text came first; the agency writes in its
  // default language and translates from it.
  const isOriginal = release.locale === defaultLocale;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    headline: release.title,
    description: release.summary,
    datePublished: release.date,
    inLanguage: localeConfig[release.locale].tag,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    image: [localeUrl(release.locale, routes.releaseCard(release.slug))],
    publisher: publisher(release.locale),
    author: publisher(release.locale),
    ...(translations.length
      ? isOriginal
        ? { workTranslation: translations }
        : { translationOfWork: translations }
      : {}),
  };
}
