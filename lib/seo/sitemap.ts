/**
 * The sitemaps: one of site and listing pages, one of release pages per
 * publication year, and an index of them. Split so that publishing a
 * release rewrites two small sitemaps, not one of every URL.
 */
import type { MetadataRoute } from 'next';
import { locales, type Locale } from '../../i18n/locales';
import { perModel } from '../content/memo';
import { yearOf, type SiteModel } from '../content/model';
import type { ZonedMoment } from '../content/moment';
import { allListings, listingPath, listingShape, pageExists, pageReleases } from '../listings';
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

function sitePages(model: SiteModel): Page[] {
  const newest = (moments: (ZonedMoment | undefined)[]) => latest(moments.filter((m): m is ZonedMoment => m !== undefined))?.iso;
  const pages: Page[] = [
    { path: routes.home(), lastModified: newest(locales.map((l) => homeView(model, l).lastUpdated)), available: [...locales] },
    { path: routes.topics(), lastModified: newest(locales.map((l) => topicsView(model, l).lastUpdated)), available: [...locales] },
  ];
  // Every page of every listing that exists in some language, once. From the listings' slots, not their
  // views: this sitemap changes with every publish, and building the cards of every listing page for it
  // took seconds at 10,000 releases. A page's lastModified and languages are those its view shows
  // (listingView: its releases' latest change; the languages it exists in).
  const seen = new Map<string, Page>();
  for (const locale of locales) {
    for (const listing of allListings(model, locale)) {
      for (const page of [undefined, ...listingShape(model, locale, listing).numberedPages]) {
        const path = listingPath(listing, page);
        if (seen.has(path)) continue;
        const releases = locales.map((l) => (pageExists(model, l, listing, page) ? pageReleases(listingShape(model, l, listing).slots, page) : undefined));
        const available = locales.filter((_, i) => releases[i]?.length);
        // Only pages with releases are listed, but their alternates are the page's own (as in its <head>):
        // an empty listing in another language is still that page's translation.
        const alternates = locales.filter((_, i) => releases[i]);
        const lastModified = newest(releases.map((list) => (list ? latest(list.map(lastChange)) : undefined)));
        if (available.length) seen.set(path, { path, lastModified, available, alternates });
      }
    }
  }
  return [...pages, ...seen.values()];
}

/** The year whose sitemap lists a release: its first language's version's. */
export const sitemapYear = (model: SiteModel, slug: string) => yearOf(model.anyLocale(slug)!);
const slugsByYear = perModel((model) => {
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

function releasePages(model: SiteModel, year: string): Page[] {
  return (yearSlugs(model).get(year) ?? []).flatMap((slug) => {
    const available = locales.filter((locale) => model.release(locale, slug));
    const changed = latest(available.map((locale) => lastChange(model.release(locale, slug)!)))!.iso;
    const page = { path: routes.release(slug), lastModified: changed, available };
    const bilingual = bilingualView(model, slug);
    return bilingual ? [page, { path: routes.bilingual(slug), lastModified: bilingual.lastUpdated.iso, available: [...locales] }] : [page];
  });
}

/** Ids of the sitemaps: `pages`, and `releases-<year>` for each year with releases. */
export function sitemapIds(model: SiteModel): string[] {
  return [
    'pages',
    ...[...yearSlugs(model).keys()]
      .sort()
      .reverse()
      .map((year) => `releases-${year}`),
  ];
}

/** What a sitemap shows beyond site-wide data (lib/routes/outputs.ts): a year's releases; `pages` shows the whole site. */
export const sitemapScope = (id: string) => {
  const year = /^releases-(\d{4})$/.exec(id)?.[1];
  return year ? { year } : undefined;
};

export function sitemap(model: SiteModel, id: string): MetadataRoute.Sitemap | undefined {
  if (id === 'pages') return entries(sitePages(model));
  const year = sitemapScope(id)?.year;
  return year && yearSlugs(model).has(year) ? entries(releasePages(model, year)) : undefined;
}

/** The sitemap index (`/sitemap.xml`), in the sitemaps.org format. */
export function sitemapIndexXml(model: SiteModel): string {
  const items = sitemapIds(model)
    .map((id) => `<sitemap><loc>${site.url}${siteFiles.sitemap(id)}</loc></sitemap>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}
