import { getTranslations } from 'next-intl/server';
import type { Locale } from '../../i18n/locales';
import { formatDay } from '../site/format';
import { site } from '../site/config';
import { topicName } from '../site/topics';
import type { DayRange, Listing } from '.';

/** Heading and description of a listing, in the given language. */
export async function listingText(locale: Locale, listing: Listing) {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const agency = site.agency.name[locale];
  if (listing.kind === 'year') return { title: t('yearTitle', { year: listing.year }), description: t('yearDescription', { agency, year: listing.year }) };
  if (listing.kind === 'topic') {
    const topic = topicName(listing.topic, locale);
    return { title: t('topicTitle', { topic }), description: t('topicDescription', { agency, topic }) };
  }
  return { title: t('allTitle'), description: t('allDescription', { agency }) };
}

/** "14 March – 2 April 2024": what an older page of a listing is called. */
export async function rangeText(locale: Locale, range: DayRange) {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return range.from === range.to ? formatDay(range.from, locale) : t('range', { from: formatDay(range.from, locale), to: formatDay(range.to, locale) });
}
