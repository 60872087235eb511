import { getTranslations } from 'next-intl/server';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { getReleases } from './content';
import { feedResponse, renderFeed, type FeedFormat } from './feeds';
import { site } from './site';

/** The feed of all of a locale's releases. */
export async function localeFeed(locale: Locale, format: FeedFormat): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  const agency = site.agency.name[locale];
  return renderFeed(
    { locale, releases: getReleases(locale), title: t('title', { agency }), description: t('description', { agency }) },
    format,
  );
}

/** `generateStaticParams` and `GET` of `/[locale]/<feed file>`: one per locale, built at build time. */
export function localeFeedRoute(format: FeedFormat) {
  return {
    generateStaticParams: () => locales.map((locale) => ({ locale })),
    GET: async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
      const { locale } = await params;
      if (!isLocale(locale)) return new Response('Not found', { status: 404 });
      return feedResponse(await localeFeed(locale, format), format);
    },
  };
}
