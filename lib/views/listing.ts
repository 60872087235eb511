import type { Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import type { Topic } from '../site/topics';
import type { ZonedMoment } from '../content/moment';
import { listingPath, listingShape, listingSwitchPaths, pageExists, pageReleases, type DayRange, type Listing } from '../listings';
import { pageAddress, pageCount } from '../listings/pagination';
import { cardOf, lastChange, latest, type ReleaseCard } from './refs';

type PageLink = { page?: number; range?: DayRange };

export type ListingView = {
  locale: Locale;
  listing: Listing;
  /** Undefined on the listing's own URL (its newest page). */
  page?: number;
  items: ReleaseCard[];
  range?: DayRange;
  /** Live releases in the whole listing: shown on its own URL only, so older pages never change when it grows. */
  total?: number;
  newer?: PageLink;
  older?: PageLink;
  /** Languages in which this very page exists (hreflang). */
  available: Locale[];
  switchPaths: Record<Locale, string>;
  /** On the list of all releases: the archive's years and topics. */
  years?: readonly { year: string; count: number }[];
  topics?: readonly { topic: Topic; count: number }[];
  /** When the listing is empty here: the languages where it has releases. */
  elsewhere?: Locale[];
  lastUpdated?: ZonedMoment;
};

const rangeOf = (items: { day: string }[]): DayRange | undefined => (items.length ? { from: items.at(-1)!.day, to: items[0]!.day } : undefined);

export function listingView(model: SiteModel, locale: Locale, listing: Listing, page?: number): ListingView | undefined {
  const shape = listingShape(model, locale, listing);
  if (!pageExists(model, locale, listing, page)) return undefined;
  const pages = pageCount(shape.slots.length);
  const number = page ?? pages;
  const releases = pageReleases(shape.slots, page);
  const items = releases.map((release) => cardOf(model, release));
  const neighbour = (target: number): PageLink => {
    const link = pageAddress(target, shape.slots.length);
    // The listing's own URL is named without dates: its range grows with every release, and naming it
    // here made the newest numbered page change (and re-render) on every publish too.
    if (!link) return {};
    return { page: link, range: rangeOf(pageReleases(shape.slots, link).map(cardOf.bind(null, model))) };
  };
  const isRoot = page === undefined;
  return {
    locale,
    listing,
    ...(page ? { page } : {}),
    items,
    range: rangeOf(items),
    ...(isRoot ? { total: shape.live } : {}),
    ...(number < pages ? { newer: neighbour(number + 1) } : {}),
    ...(number > 1 ? { older: neighbour(number - 1) } : {}),
    available: model.locales.filter((other) => pageExists(model, other, listing, page)),
    switchPaths: listingSwitchPaths(model, listing, page),
    ...(isRoot && listing.kind === 'all' ? { years: model.years(locale), topics: model.topics(locale) } : {}),
    ...(shape.live === 0 ? { elsewhere: model.locales.filter((other) => other !== locale && listingShape(model, other, listing).live > 0) } : {}),
    lastUpdated: latest(releases.map(lastChange)),
  };
}

export { listingPath };
