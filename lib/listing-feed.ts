import { getTranslations } from 'next-intl/server';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { feedResponse, renderFeed, type FeedFormat } from './feeds';
import { listingPath, listingReleases, type Listing } from './listings';
import { listingText } from './listing-text';
import { routes } from './routes';
import { site } from './site';
import { isTopic, topics } from './topics';

/** A listing's feed: all of a locale's releases, or one topic's. */
export async function listingFeed(locale: Locale, listing: Listing, format: FeedFormat): Promise<string> {
  const agency = site.agency.name[locale];
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  const text =
    listing.kind === 'all'
      ? { title: t('title', { agency }), description: t('description', { agency }) }
      : await listingText(locale, listing).then(({ title, description }) => ({ title: `${agency}: ${title}`, description }));
  // The site-wide feeds sit at the locale's root (/en/feed.xml); a topic's under the topic.
  const basePath = listing.kind === 'all' ? routes.home() : listingPath(listing);
  return renderFeed({ locale, releases: listingReleases(locale, listing), basePath, ...text }, format);
}

const notFound = () => new Response('Not found', { status: 404 });

/** `generateStaticParams` and `GET` of `/[locale]/<feed file>`: built once per locale at build time. */
export function localeFeedRoute(format: FeedFormat) {
  return {
    generateStaticParams: () => locales.map((locale) => ({ locale })),
    GET: async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
      const { locale } = await params;
      if (!isLocale(locale)) return notFound();
      return feedResponse(await listingFeed(locale, { kind: 'all' }, format), format);
    },
  };
}

/** The same for `/[locale]/topics/[topic]/<feed file>`. */
export function topicFeedRoute(format: FeedFormat) {
  return {
    generateStaticParams: () => locales.flatMap((locale) => topics.map((topic) => ({ locale, topic }))),
    GET: async (_request: Request, { params }: { params: Promise<{ locale: string; topic: string }> }) => {
      const { locale, topic } = await params;
      if (!isLocale(locale) || !isTopic(topic)) return notFound();
      return feedResponse(await listingFeed(locale, { kind: 'topic', topic }, format), format);
    },
  };
}
