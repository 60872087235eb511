import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '../../i18n/locales';
import { currentModel } from '../content';
import { listingPath, type Listing } from '../listings';
import { listingText, rangeText } from '../listings/text';
import { routes } from '../routes/paths';
import { listingView } from '../views/listing';
import { cardImage, pageMetadata } from './metadata';

/** Metadata of a listing page: an older page is titled by the dates it covers. */
export async function listingMetadata(locale: Locale, listing: Listing, page?: number): Promise<Metadata> {
  const view = listingView(currentModel(), locale, listing, page);
  if (!view) return {};
  const { title, description } = await listingText(locale, listing);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const pageTitle = page && view.range ? t('olderPageTitle', { title, range: await rangeText(locale, view.range) }) : title;
  return pageMetadata({
    locale,
    path: listingPath(listing, page),
    title: pageTitle,
    description,
    available: view.available,
    feedTopic: listing.kind === 'topic' ? listing.topic : undefined,
    image: await cardImage(locale, routes.defaultCard(), title),
  });
}
