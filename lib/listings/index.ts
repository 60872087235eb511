/**
 * The release listings (all releases, a year, a topic): which slots each
 * holds, which pages exist in which language, and where the language switch
 * of a listing page leads.
 */
import { locales, type Locale } from '../../i18n/locales';
import { perModel } from '../content/memo';
import type { SiteModel, Slot } from '../content/model';
import { routes } from '../routes/paths';
import type { Topic } from '../site/topics';
import { pageCount, pageSlots } from './pagination';

export type Listing = { kind: 'all' } | { kind: 'year'; year: string } | { kind: 'topic'; topic: Topic };

/** First and last day of a page's releases: what a page is called instead of "page 3 of 40". */
export type DayRange = { from: string; to: string };

export const listingKey = (listing: Listing) =>
  listing.kind === 'year' ? `year:${listing.year}` : listing.kind === 'topic' ? `topic:${listing.topic}` : 'all';

export type ListingShape = {
  /** Oldest first: live releases and the tombstones of removed ones. */
  slots: Slot[];
  live: number;
  exists: boolean;
  /** Numbered pages (1…n-1); the newest page is the listing's own URL. */
  numberedPages: number[];
};

function computeShape(model: SiteModel, locale: Locale, listing: Listing): ListingShape {
  const groups = model.slotGroups(locale);
  const group = listing.kind === 'year' ? groups.byYear.get(listing.year) : listing.kind === 'topic' ? groups.byTopic.get(listing.topic) : groups.all;
  const { slots, live } = group ?? { slots: [], live: 0 };
  // The list of all releases always exists (it says what exists instead when empty); a year or topic only with releases.
  const exists = listing.kind === 'all' || live > 0;
  const pages = pageCount(slots.length);
  return { slots, live, exists, numberedPages: exists ? Array.from({ length: pages - 1 }, (_, i) => i + 1) : [] };
}

// Every page of a listing asks for its shape (and its slots): sorting or counting 10,000 slots per page
// made fingerprinting a 10,000-release site take 10 s of a publish.
const shapes = perModel('listing-shapes', (model, key) => {
  const [locale, listing] = JSON.parse(key) as [Locale, Listing];
  return computeShape(model, locale, listing);
});

/** Numbered pages of a listing in a locale, and whether the listing exists there at all (computed once per model). */
export const listingShape = (model: SiteModel, locale: Locale, listing: Listing): ListingShape => shapes(model, JSON.stringify([locale, listing]));

export function listingPath(listing: Listing, page?: number): string {
  if (listing.kind === 'year') return routes.year(listing.year, page);
  if (listing.kind === 'topic') return routes.topic(listing.topic, page);
  return routes.releases(page);
}

/** Live releases on a page (undefined: the listing's own URL, the newest page), newest first. */
export function pageReleases(slots: Slot[], page?: number) {
  const range = pageSlots(slots.length, page ?? pageCount(slots.length))!;
  return slots
    .slice(range.start, range.end)
    .reverse()
    .flatMap((slot) => (slot.release ? [slot.release] : []));
}

export function pageExists(model: SiteModel, locale: Locale, listing: Listing, page?: number): boolean {
  const shape = listingShape(model, locale, listing);
  return shape.exists && (page === undefined || (Number.isInteger(page) && page >= 1 && page <= shape.numberedPages.length));
}

/**
 * Where the switch to each language leads from a listing page: the same page
 * when it exists there, else the listing's own URL, else the list of all
 * releases.
 */
export function listingSwitchPaths(model: SiteModel, listing: Listing, page?: number): Record<Locale, string> {
  return Object.fromEntries(
    locales.map((locale) => {
      if (pageExists(model, locale, listing, page)) return [locale, listingPath(listing, page)];
      if (pageExists(model, locale, listing)) return [locale, listingPath(listing)];
      return [locale, routes.releases()];
    }),
  ) as Record<Locale, string>;
}

/** Every listing of a locale: all releases, each year, each topic with releases. */
export function allListings(model: SiteModel, locale: Locale): Listing[] {
  return [
    { kind: 'all' },
    ...model.years(locale).map(({ year }) => ({ kind: 'year' as const, year })),
    ...model.topics(locale).map(({ topic }) => ({ kind: 'topic' as const, topic })),
  ];
}
