/**
 * The sitemaps: one of the site's pages and each listing's own URL, one per
 * hundred numbered pages of each listing, the release pages of each
 * publication year (in several files when the year has more than
 * RELEASES_PER_SITEMAP releases), and an index of them. Split so that
 * publishing a release rewrites a few small sitemaps, not one of every URL.
 */
import type { MetadataRoute } from 'next';
import { locales, type Locale } from '../../i18n/locales';
import { stableBucket } from '../content/bucket';
import { perModel } from '../content/memo';
import { yearOf, type SiteModel } from '../content/model';
import type { ZonedMoment } from '../content/moment';
import { allListings, listingKey, listingPath, listingShape, pageExists, pageReleases, type Listing } from '../listings';
import { PAGES_PER_SITEMAP, RELEASES_PER_SITEMAP } from '../listings/pagination';
import { routes, siteFiles } from '../routes/paths';
import { absoluteUrl } from '../routes/absolute';
import { site } from '../site/config';
import { lastChange, latest } from '../views/refs';
import { bilingualView } from '../views/release';
import { homeView, topicsView } from '../views/site';
import { hreflangAlternates } from './alternates';

/** `available`: the languages listed; `alternates`: the page's hreflang languages when they differ (its <head>'s). */
type Page = { path: string; lastModified?: string; available: Locale[]; alternates?: readonly Locale[] };

function entries(pages: Page[]): MetadataRoute.Sitemap {
  return pages.flatMap((page) =>
    page.available.map((locale) => ({
      url: absoluteUrl(locale, page.path),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: { languages: hreflangAlternates(page.alternates ?? page.available, page.path) },
    })),
  );
}

const newest = (moments: (ZonedMoment | undefined)[]) => latest(moments.filter((m): m is ZonedMoment => m !== undefined))?.iso;

/**
 * A page of a listing as the sitemap lists it (undefined: it has releases in no language). From the
 * listing's slots, not its view: building the cards of every listing page took seconds at 10,000
 * releases. Its lastModified and languages are those its view shows (listingView: its releases' latest
 * change; the languages it exists in).
 */
function listingPage(model: SiteModel, listing: Listing, page: number | undefined): Page | undefined {
  const path = listingPath(listing, page);
  const releases = locales.map((l) => (pageExists(model, l, listing, page) ? pageReleases(listingShape(model, l, listing).slots, page) : undefined));
  const available = locales.filter((_, i) => releases[i]?.length);
  // Only pages with releases are listed, but their alternates are the page's own (as in its <head>):
  // an empty listing in another language is still that page's translation.
  const alternates = locales.filter((_, i) => releases[i]);
  const lastModified = newest(releases.map((list) => (list ? latest(list.map(lastChange)) : undefined)));
  return available.length ? { path, lastModified, available, alternates } : undefined;
}

/** Every listing in some language, once, with its most numbered pages in any. */
const listingsWithPages = perModel('sitemap-listings', (model) => {
  const found = new Map<string, { listing: Listing; pages: number }>();
  for (const locale of locales) {
    for (const listing of allListings(model, locale)) {
      const pages = listingShape(model, locale, listing).numberedPages.length;
      const key = listingKey(listing);
      found.set(key, { listing, pages: Math.max(pages, found.get(key)?.pages ?? 0) });
    }
  }
  return [...found.values()];
});

/** Home, topics, and each listing's own URL (its newest page, which every publish to it changes). */
function sitePages(model: SiteModel): Page[] {
  const pages: Page[] = [
    { path: routes.home(), lastModified: newest(locales.map((l) => homeView(model, l).lastUpdated)), available: [...locales] },
    { path: routes.topics(), lastModified: newest(locales.map((l) => topicsView(model, l).lastUpdated)), available: [...locales] },
  ];
  const own = listingsWithPages(model, '').map(({ listing }) => listingPage(model, listing, undefined));
  return [...pages, ...own.filter((page): page is Page => page !== undefined)];
}

/** A run of a listing's numbered pages, `from` to `to` (pages past the listing's last are not there). */
type ListingPages = { listing: Listing; pages: { from: number; to: number } };

/** Some of a year's releases: those whose slug hashes to `file` of the year's files. */
type YearReleases = { year: string; file: number };

/** What a sitemap shows beyond site-wide data (lib/routes/outputs.ts): numbered pages of a listing, or some of a year's releases. */
export type SitemapScope = ListingPages | YearReleases;

/** A sitemap file: its id, and its scope (none: `pages`, which shows the whole site). */
type SitemapFile = { id: string; scope?: SitemapScope };

/** Each hundred numbered pages of a listing: `listing-<listing>-<n>`. */
const listingFiles = (model: SiteModel): SitemapFile[] =>
  listingsWithPages(model, '').flatMap(({ listing, pages }) =>
    Array.from({ length: Math.ceil(pages / PAGES_PER_SITEMAP) }, (_, i) => ({
      id: `listing-${listingKey(listing).replace(':', '-')}-${i + 1}`,
      scope: { listing, pages: { from: i * PAGES_PER_SITEMAP + 1, to: (i + 1) * PAGES_PER_SITEMAP } },
    })),
  );

function chunkPages(model: SiteModel, { listing, pages: { from, to } }: ListingPages): Page[] {
  const pages: Page[] = [];
  for (let page = from; page <= to; page += 1) {
    const listed = listingPage(model, listing, page);
    if (listed) pages.push(listed);
  }
  return pages;
}

/** The year whose sitemap lists a release: its first language's version's. */
const sitemapYear = (model: SiteModel, slug: string) => yearOf(model.anyLocale(slug)!);
const slugsByYear = perModel('sitemap-slugs-by-year', (model) => {
  const years = new Map<string, string[]>();
  for (const slug of model.slugs()) {
    const year = sitemapYear(model, slug);
    const slugs = years.get(year);
    if (slugs) slugs.push(slug);
    else years.set(year, [slug]);
  }
  return years;
});

/** Slugs by the year of their first language's version (the year a release's sitemap is named after). */
const yearSlugs = (model: SiteModel) => slugsByYear(model, '');

/** How many files list a year's releases. */
const yearFileCount = (model: SiteModel, year: string) => Math.max(1, Math.ceil((yearSlugs(model).get(year)?.length ?? 0) / RELEASES_PER_SITEMAP));

/**
 * The file of a year's `count` that lists a release: by a hash of its slug, so that a release stays in its
 * file while the year keeps its number of files, whatever else is published (counting positions would
 * move releases between files).
 */
const yearFileOf = (slug: string, count: number) => (count === 1 ? 0 : stableBucket(slug, count));

/**
 * The sitemaps a change to `slug` reaches among the years' release files, as reach keys: `<year>#<file>`
 * of its year in the old and the new model, or `<year>` (every file of the year) when the year's number
 * of files changed, since then its releases are dealt out again.
 */
export function releaseSitemapKeys(before: SiteModel, after: SiteModel, slug: string): string[] {
  const keys: string[] = [];
  for (const model of [before, after]) {
    if (!model.anyLocale(slug)) continue;
    const year = sitemapYear(model, slug);
    const count = yearFileCount(after, year);
    keys.push(yearFileCount(before, year) === count ? releaseSitemapKey(year, yearFileOf(slug, count)) : year);
  }
  return keys;
}

/** A year's release file, as a reach names it. */
export const releaseSitemapKey = (year: string, file: number) => `${year}#${file}`;

function releasePages(model: SiteModel, { year, file }: YearReleases): Page[] {
  const count = yearFileCount(model, year);
  return (yearSlugs(model).get(year) ?? [])
    .filter((slug) => yearFileOf(slug, count) === file)
    .flatMap((slug) => {
      const available = locales.filter((locale) => model.release(locale, slug));
      const changed = latest(available.map((locale) => lastChange(model.release(locale, slug)!)))!.iso;
      const page = { path: routes.release(slug), lastModified: changed, available };
      const bilingual = bilingualView(model, slug);
      return bilingual ? [page, { path: routes.bilingual(slug), lastModified: bilingual.lastUpdated.iso, available: [...locales] }] : [page];
    });
}

/** A year's release files: `releases-<year>` when one is enough, else `releases-<year>-<n>`. */
function yearFiles(model: SiteModel, year: string): SitemapFile[] {
  const count = yearFileCount(model, year);
  return Array.from({ length: count }, (_, file) => ({ id: count === 1 ? `releases-${year}` : `releases-${year}-${file + 1}`, scope: { year, file } }));
}

/**
 * The sitemap files, once per model: `pages`, `listing-<listing>-<n>` for each hundred numbered pages of a
 * listing, `releases-<year>` (or `releases-<year>-<n>`) for each year with releases (newest first).
 */
export const sitemapFiles = perModel('sitemap-files', (model): SitemapFile[] => [
  { id: 'pages' },
  ...listingFiles(model),
  ...[...yearSlugs(model).keys()]
    .sort()
    .reverse()
    .flatMap((year) => yearFiles(model, year)),
]);

export const sitemapIds = (model: SiteModel): string[] => sitemapFiles(model, '').map((file) => file.id);

export function sitemap(model: SiteModel, id: string): MetadataRoute.Sitemap | undefined {
  const file = sitemapFiles(model, '').find((known) => known.id === id);
  if (!file) return undefined;
  if (!file.scope) return entries(sitePages(model));
  return entries('year' in file.scope ? releasePages(model, file.scope) : chunkPages(model, file.scope));
}

/** The sitemap index (`/sitemap.xml`), in the sitemaps.org format. */
export function sitemapIndexXml(model: SiteModel): string {
  const items = sitemapIds(model)
    .map((id) => `<sitemap><loc>${site.url}${siteFiles.sitemap(id)}</loc></sitemap>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}
