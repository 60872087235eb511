import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { listingLocales, listingPath, type Listing } from './listings';
import { cardImage, pageMetadata } from './metadata';
import { routes } from './routes';
import { site } from './site';
import { topicName } from './topics';

/** Heading and description of a listing, in the page's language. */
export async function listingText(locale: Locale, listing: Listing) {
  const agency = site.agency.name[locale];
  if (listing.kind === 'year') {
    const t = await getTranslations({ locale, namespace: 'Listing' });
    return { title: t('yearTitle', { year: listing.year }), description: t('yearDescription', { agency, year: listing.year }) };
  }
  if (listing.kind === 'topic') {
    const t = await getTranslations({ locale, namespace: 'Listing' });
    const topic = topicName(listing.topic, locale);
    return { title: t('topicTitle', { topic }), description: t('topicDescription', { agency, topic }) };
  }
  const t = await getTranslations({ locale, namespace: 'ReleaseList' });
  return { title: t('title'), description: t('description', { agency }) };
}

export async function listingMetadata(locale: Locale, listing: Listing, page = 1): Promise<Metadata> {
  const { title, description } = await listingText(locale, listing);
  const tPage = await getTranslations({ locale, namespace: 'Pagination' });
  const pageTitle = page > 1 ? `${title} – ${tPage('page', { page })}` : title;
  return pageMetadata({
    locale,
    path: listingPath(listing, page),
    title: pageTitle,
    description,
    availableLocales: listingLocales(listing, page),
    feedBasePath: listing.kind === 'topic' ? listingPath(listing) : undefined,
    image: await cardImage(locale, routes.defaultCard(), title),
  });
}
