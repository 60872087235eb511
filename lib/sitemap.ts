import type { MetadataRoute } from 'next';
import { localeConfig, locales, type Locale } from '@/i18n/locales';
import { getAllSlugs, getReleases, getRelease } from './content';
import { allListings, listingLocales, listingPath, listingReleases, type Listing } from './listings';
import { pageCount } from './pagination';
import { localeUrl } from './metadata';
import { routes } from './routes';

type Page = { path: string; lastModified: string; locales: Locale[] };

/** Newest release date of a locale: when its listing pages last changed. */
function latestDate(locale: Locale): string | undefined {
  return getReleases(locale)[0]?.date;
}

const newest = (dates: (string | undefined)[]) => dates.filter(Boolean).sort().at(-1) ?? '';

function listingPages(): Page[] {
  const fixed = [routes.home(), routes.topics()].map((path) => ({
    path,
    lastModified: newest(locales.map(latestDate)),
    locales: [...locales],
  }));
  // Every page of every listing that exists in some language, once.
  const seen = new Map<string, Listing>();
  for (const locale of locales) for (const listing of allListings(locale)) seen.set(listingPath(listing), listing);
  const pages = [...seen.values()].flatMap((listing) => {
    const most = Math.max(...locales.map((locale) => pageCount(listingReleases(locale, listing).length)));
    return Array.from({ length: most }, (_, i) => ({
      path: listingPath(listing, i + 1),
      lastModified: newest(locales.map((locale) => listingReleases(locale, listing)[0]?.date)),
      locales: listingLocales(listing, i + 1),
    }));
  });
  return [...fixed, ...pages];
}

function releasePages(): Page[] {
  return getAllSlugs().map((slug) => {
    const existing = locales.filter((locale) => getRelease(locale, slug));
    return { path: routes.release(slug), lastModified: getRelease(existing[0]!, slug)!.date, locales: existing };
  });
}

/**
 * One entry per page per language it exists in, each listing all its
 * language versions (`xhtml:link hreflang`). A release missing in a language
 * has no entry and no alternate there: its "not translated" page is noindex.
 */
export function sitemapEntries(): MetadataRoute.Sitemap {
  return [...listingPages(), ...releasePages()].flatMap((page) =>
    page.locales.map((locale) => ({
      url: localeUrl(locale, page.path),
      lastModified: page.lastModified || undefined,
      alternates: {
        languages: Object.fromEntries(
          page.locales.map((other) => [localeConfig[other].tag, localeUrl(other, page.path)]),
        ),
      },
    })),
  );
}
