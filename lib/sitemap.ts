import type { MetadataRoute } from 'next';
import { localeConfig, locales, type Locale } from '@/i18n/locales';
import { getAllSlugs, getReleases, getRelease } from './content';
import { localeUrl } from './metadata';
import { routes } from './routes';

type Page = { path: string; lastModified: string; locales: Locale[] };

/** Newest release date of a locale: when its listing pages last changed. */
function latestDate(locale: Locale): string | undefined {
  return getReleases(locale)[0]?.date;
}

function listingPages(): Page[] {
  return [routes.home(), routes.releases()].map((path) => ({
    path,
    lastModified: locales.map(latestDate).filter(Boolean).sort().at(-1) ?? '',
    locales: [...locales],
  }));
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
