/**
 * The release listings (all releases, a year, a topic): which releases each
 * shows, which pages exist in which language, and where the language switch
 * of a listing page leads.
 */
import { locales, type Locale } from '../i18n/locales';
import { getReleases, getReleasesOfTopic, getReleasesOfYear, getYears, type Release } from './content';
import { pageCount } from './pagination';
import { routes } from './routes';
import { topics, type Topic } from './topics';

export type Listing = { kind: 'all' } | { kind: 'year'; year: string } | { kind: 'topic'; topic: Topic };

export function listingReleases(locale: Locale, listing: Listing): Release[] {
  if (listing.kind === 'year') return getReleasesOfYear(locale, listing.year);
  if (listing.kind === 'topic') return getReleasesOfTopic(locale, listing.topic);
  return getReleases(locale);
}

export function listingPath(listing: Listing, page = 1): string {
  if (listing.kind === 'year') return routes.year(listing.year, page);
  if (listing.kind === 'topic') return routes.topic(listing.topic, page);
  return routes.releases(page);
}

/** All-release and topic listings always have page 1 (it may say "none yet"); a year exists only with releases. */
export function listingExists(locale: Locale, listing: Listing, page = 1): boolean {
  const count = listingReleases(locale, listing).length;
  if (listing.kind === 'year' && count === 0) return false;
  return page >= 1 && page <= pageCount(count);
}

/** Locales in which this listing page exists (for hreflang and the sitemap). */
export function listingLocales(listing: Listing, page = 1): Locale[] {
  return locales.filter((locale) => listingExists(locale, listing, page));
}

/**
 * Where the switch to each language leads from this listing page: the same
 * page when it exists there, else the nearest that does (the listing's
 * first page, or the list of all releases).
 */
export function listingSwitchPaths(listing: Listing, page = 1): Record<Locale, string> {
  return Object.fromEntries(
    locales.map((locale) => {
      if (listingExists(locale, listing, page)) return [locale, listingPath(listing, page)];
      if (listingExists(locale, listing)) return [locale, listingPath(listing)];
      return [locale, routes.releases()];
    }),
  ) as Record<Locale, string>;
}

/** Every listing of a locale with its later pages: for generateStaticParams and the sitemap. */
export function allListings(locale: Locale): Listing[] {
  return [
    { kind: 'all' },
    ...getYears(locale).map(({ year }) => ({ kind: 'year' as const, year })),
    ...topics.map((topic) => ({ kind: 'topic' as const, topic })),
  ];
}
