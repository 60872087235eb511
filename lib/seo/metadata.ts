import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeConfig, type Locale } from '../../i18n/locales';
import { feedFormats, routes, type FeedFormat } from '../routes/paths';
import { absoluteUrl } from '../routes/absolute';
import { site } from '../site/config';
import { hreflangAlternates } from './alternates';

type PageMetadataInput = {
  locale: Locale;
  /** Locale-free path. */
  path: string;
  title: string;
  description: string;
  /** Languages in which this page really exists (hreflang only for those). */
  available: readonly Locale[];
  type?: 'website' | 'article';
  /** ISO 8601 with the site's offset. */
  publishedTime?: string;
  modifiedTime?: string;
  noIndex?: boolean;
  /** A topic whose feeds this page follows, advertised beside the site's own. */
  feedTopic?: string;
  /** Locale-free path of the page's Open Graph card, and its description in the page's language. */
  image: { path: string; alt: string };
};

const feedTypes: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };

/** `<link rel="alternate">` entries for a page's `<head>` (feed autodiscovery): the site's feeds, and a topic's. */
async function feedAlternates(locale: Locale, topic?: string) {
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  const topics = [undefined, ...(topic ? [topic] : [])];
  return Object.fromEntries(
    feedFormats.map((format) => [feedTypes[format], topics.map((each) => ({ url: absoluteUrl(locale, routes.feed(format, each)), title: t(format) }))]),
  );
}

/**
 * Canonical, hreflang alternates and Open Graph for one page. Alternates are
 * listed only for languages that exist, so search engines never get a
 * "this page in Chinese" link to a page that does not exist.
 */
export async function pageMetadata(input: PageMetadataInput): Promise<Metadata> {
  const { locale, path, available } = input;
  const url = absoluteUrl(locale, path);
  const imageUrl = absoluteUrl(locale, input.image.path);
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: url, languages: hreflangAlternates(available, path), types: await feedAlternates(locale, input.feedTopic) },
    robots: input.noIndex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: input.type ?? 'website',
      url,
      title: input.title,
      description: input.description,
      siteName: site.agency.name[locale],
      locale: localeConfig[locale].og,
      alternateLocale: available.filter((other) => other !== locale).map((other) => localeConfig[other].og),
      ...(input.publishedTime ? { publishedTime: input.publishedTime } : {}),
      ...(input.modifiedTime ? { modifiedTime: input.modifiedTime } : {}),
      images: [{ url: imageUrl, width: 1200, height: 630, alt: input.image.alt, type: 'image/png' }],
    },
    twitter: {
      card: 'summary_large_image',
      site: site.agency.social.x,
      title: input.title,
      description: input.description,
      images: [{ url: imageUrl, alt: input.image.alt }],
    },
  };
}

/** The Open Graph card of a page, described in the page's language. */
export async function cardImage(locale: Locale, cardPath: string, title: string) {
  const t = await getTranslations({ locale, namespace: 'Card' });
  return { path: cardPath, alt: t('alt', { title, agency: site.agency.name[locale] }) };
}

/** Metadata of a page that exists in every language and shares the locale's default card. */
export async function sitePageMetadata(locale: Locale, path: string, title: string, description: string, available: readonly Locale[]) {
  return pageMetadata({ locale, path, title, description, available, image: await cardImage(locale, routes.defaultCard(), title) });
}
