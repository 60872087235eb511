import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { defaultLocale, localeConfig, locales, type Locale } from '@/i18n/locales';
import { feedAlternates } from './feeds';
import { routes } from './routes';
import { site } from './site';

/** Absolute URL of a page in a locale: `https://origin/zh/media-centre/…/`. */
export function localeUrl(locale: Locale, path: string): string {
  return `${site.url}/${locale}${path}`;
}

type PageMetadataInput = {
  locale: Locale;
  /** Locale-free path. */
  path: string;
  title: string;
  description: string;
  /** Languages in which this page really exists (hreflang only for those). */
  availableLocales: readonly Locale[];
  type?: 'website' | 'article';
  publishedTime?: string;
  noIndex?: boolean;
  /** Extra feeds this page follows (a topic's), advertised beside the site's own. */
  feedBasePath?: string;
  /** Locale-free path of the page's Open Graph card, and its description in the page's language. */
  image: { path: string; alt: string };
};

/**
 * Canonical, hreflang alternates and Open Graph for one page. Alternates are
 * listed only for languages that exist, so search engines never get a
 * "this page in Chinese" link to a page that does not exist.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { locale, path, availableLocales } = input;
  const languages: Record<string, string> = {};
  for (const available of availableLocales) languages[localeConfig[available].tag] = localeUrl(available, path);
  if (availableLocales.length > 1) {
    const fallback = availableLocales.includes(defaultLocale) ? defaultLocale : availableLocales[0]!;
    languages['x-default'] = localeUrl(fallback, path);
  }
  const imageUrl = localeUrl(locale, input.image.path);
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: localeUrl(locale, path), languages, types: feedAlternates(locale, input.feedBasePath) },
    robots: input.noIndex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: input.type ?? 'website',
      url: localeUrl(locale, path),
      title: input.title,
      description: input.description,
      siteName: site.agency.name[locale],
      locale: localeConfig[locale].og,
      alternateLocale: availableLocales.filter((other) => other !== locale).map((other) => localeConfig[other].og),
      ...(input.publishedTime ? { publishedTime: input.publishedTime } : {}),
      images: [{ url: imageUrl, width: 1200, height: 630, alt: input.image.alt, type: 'image/png' }],
    },
    twitter: {
      card: 'summary_large_image',
      site: site.social.x,
      title: input.title,
      description: input.description,
      images: [{ url: imageUrl, alt: input.image.alt }],
    },
  };
}

/** The Open Graph card of a page, described in the page's language. */
export async function cardImage(locale: Locale, cardPath: string, title: string) {
  const t = await getTranslations({ locale, namespace: 'OgImage' });
  return { path: cardPath, alt: t('alt', { title, agency: site.agency.name[locale] }) };
}

/** Metadata of a page that exists in every language and shares the locale's default card. */
export async function sitePageMetadata(locale: Locale, path: string, title: string, description: string) {
  return pageMetadata({
    locale,
    path,
    title,
    description,
    availableLocales: locales,
    image: await cardImage(locale, routes.defaultCard(), title),
  });
}
