/**
 * The portal's one content module: the only importer of contentlayer's
 * generated data. Pages ask it for releases by locale; it owns sorting,
 * translation pairing and the shape the rest of the app sees.
 */
import { allReleases } from 'contentlayer/generated';
import { locales, type Locale } from '../i18n/locales';

export type Release = {
  locale: Locale;
  slug: string;
  title: string;
  /** The legacy public path; a translation pair shares it. */
  permalink: string;
  /** Calendar day, `YYYY-MM-DD`. */
  date: string;
  /** Never empty: description, else the body's first sentence, else the title. */
  summary: string;
  /** Sanitized body HTML. */
  html: string;
  image?: string;
  sourceFile: string;
};

type Cleaned = { html: string; text: string; summary: string };

function toRelease(doc: (typeof allReleases)[number]): Release {
  const cleaned = doc.cleaned as Cleaned;
  return {
    locale: doc.locale as Locale,
    slug: doc.slug,
    title: doc.title,
    permalink: doc.permalink,
    date: doc.date,
    summary: cleaned.summary,
    html: cleaned.html,
    image: doc.image || undefined,
    sourceFile: doc._raw.sourceFilePath,
  };
}

/** Newest first; same-day releases by title so the order never flickers between builds. */
export function compareReleases(a: Release, b: Release): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}

const releasesByLocale = new Map<Locale, Release[]>(
  locales.map((locale) => [
    locale,
    allReleases
      .filter((doc) => doc.locale === locale)
      .map(toRelease)
      .sort(compareReleases),
  ]),
);

export function getReleases(locale: Locale): Release[] {
  return releasesByLocale.get(locale) ?? [];
}

export function getLatestReleases(locale: Locale, count: number): Release[] {
  return getReleases(locale).slice(0, count);
}

export function getRelease(locale: Locale, slug: string): Release | undefined {
  return getReleases(locale).find((release) => release.slug === slug);
}

/** The same release in another language, paired by permalink. */
export function getTranslation(release: Release, locale: Locale): Release | undefined {
  return getReleases(locale).find((other) => other.permalink === release.permalink);
}

/** Locales in which this release exists, including its own. */
export function getAvailableLocales(release: Release): Locale[] {
  return locales.filter((locale) => getTranslation(release, locale));
}

/** The release under this slug in whichever language has it (for "not translated" pages). */
export function findReleaseInAnyLocale(slug: string): Release | undefined {
  for (const locale of locales) {
    const release = getRelease(locale, slug);
    if (release) return release;
  }
  return undefined;
}

/** Every slug that exists in at least one language. */
export function getAllSlugs(): string[] {
  return [...new Set(locales.flatMap((locale) => getReleases(locale).map((release) => release.slug)))];
}
