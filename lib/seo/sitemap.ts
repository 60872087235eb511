/**
 * The sitemaps: one of site and listing pages, one of release pages per
 * publication year, and an index of them. Split so that publishing a
 * release rewrites two small sitemaps, not one of every URL.
 */
import type { MetadataRoute } from 'next';
import { locales, type Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import type { ZonedMoment } from '../content/moment';
import { allListings, listingPath, listingShape } from '../listings';
import { routes, siteFiles } from '../routes/paths';
import { absoluteUrl } from '../routes/absolute';
import { site } from '../site/config';
import { listingView } from '../views/listing';
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
  // Every page of every listing that exists in some language, once.
  const seen = new Map<string, Page>();
  for (const locale of locales) {
    for (const listing of allListings(model, locale)) {
      for (const page of [undefined, ...listingShape(model, locale, listing).numberedPages]) {
        const path = listingPath(listing, page);
        if (seen.has(path)) continue;
        const views = locales.map((l) => listingView(model, l, listing, page));
        const available = locales.filter((_, i) => views[i] && views[i]!.items.length > 0);
        // Only pages with releases are listed, but their alternates are the page's own (view.available, as
        // in its <head>): an empty listing in another language is still that page's translation.
        const alternates = views.find(Boolean)!.available;
        if (available.length) seen.set(path, { path, lastModified: newest(views.map((v) => v?.lastUpdated)), available, alternates });
      }
    }
  }
  return [...pages, ...seen.values()];
}

function releasePages(model: SiteModel, year: string): Page[] {
  return model.slugs().flatMap((slug) => {
    const available = locales.filter((locale) => model.release(locale, slug));
    const first = model.release(available[0]!, slug)!;
    if (first.published.day.slice(0, 4) !== year) return [];
    const changed = latest(available.map((locale) => lastChange(model.release(locale, slug)!)))!.iso;
    const page = { path: routes.release(slug), lastModified: changed, available };
    const bilingual = bilingualView(model, slug);
    return bilingual ? [page, { path: routes.bilingual(slug), lastModified: bilingual.lastUpdated.iso, available: [...locales] }] : [page];
  });
}

/** Ids of the sitemaps: `pages`, and `releases-<year>` for each year with releases. */
export function sitemapIds(model: SiteModel): string[] {
  const years = new Set(model.slugs().map((slug) => model.anyLocale(slug)!.published.day.slice(0, 4)));
  return [
    'pages',
    ...[...years]
      .sort()
      .reverse()
      .map((year) => `releases-${year}`),
  ];
}

export function sitemap(model: SiteModel, id: string): MetadataRoute.Sitemap | undefined {
  if (id === 'pages') return entries(sitePages(model));
  const year = /^releases-(\d{4})$/.exec(id)?.[1];
  return year && sitemapIds(model).includes(id) ? entries(releasePages(model, year)) : undefined;
}

/** The sitemap index (`/sitemap.xml`), in the sitemaps.org format. */
export function sitemapIndexXml(model: SiteModel): string {
  const items = sitemapIds(model)
    .map((id) => `<sitemap><loc>${site.url}${siteFiles.sitemap(id)}</loc></sitemap>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}
