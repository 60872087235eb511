import { defaultLocale, localeConfig, type Locale } from '../../i18n/locales';
import { routes } from '../routes/paths';
import { absoluteUrl } from '../routes/absolute';
import { issuers, type IssuerKey } from '../site/agency';
import type { ReleaseView } from '../views/release';

function organisation(key: IssuerKey, locale: Locale) {
  const issuer = issuers[key];
  return { '@type': 'GovernmentOrganization', name: issuer.name[locale], alternateName: issuer.shortName.en, url: issuer.url };
}

/** schema.org NewsArticle for a release: its issuers as author and publisher, linked to its translations. */
export function newsArticle(view: Extract<ReleaseView, { kind: 'release' }>) {
  const { release } = view;
  const url = absoluteUrl(release.locale, routes.release(release.slug));
  const translations = view.translations.map((other) => ({
    '@type': 'NewsArticle',
    '@id': absoluteUrl(other.locale, routes.release(other.slug)),
    headline: other.title,
    inLanguage: localeConfig[other.locale].tag,
  }));
  const organisations = release.issuers.map((key) => organisation(key, release.locale));
  // The CMS does not record which text came first; the agency writes in its
  // default language and translates from it.
  const isOriginal = release.locale === defaultLocale;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    headline: release.title,
    description: release.summary,
    datePublished: release.published.iso,
    ...(release.updated ? { dateModified: release.updated.iso } : {}),
    inLanguage: localeConfig[release.locale].tag,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    image: [absoluteUrl(release.locale, routes.releaseCard(release.slug))],
    author: organisations,
    publisher: organisations[0],
    ...(translations.length ? (isOriginal ? { workTranslation: translations } : { translationOfWork: translations }) : {}),
  };
}
