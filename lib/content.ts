/**
 * The portal's one content module: the only importer of contentlayer's
 * generated data. Pages ask it for releases by locale; it owns sorting,
 * translation pairing and the shape the rest of the app sees.
 */
import { allReleases } from 'contentlayer/generated';
import { locales, type Locale } from '../i18n/locales';
import { isTopic, type Topic } from './topics';

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
  /** Plain text of the body (search). */
  text: string;
  image?: string;
  topics: Topic[];
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
    text: cleaned.text,
    image: doc.image || undefined,
    topics: (doc.topics ?? []).filter(isTopic),
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

// Lookups by key, built once: every page asks them, so a scan per call would make a build quadratic.
const bySlug = new Map(locales.map((locale) => [locale, new Map(getReleases(locale).map((r) => [r.slug, r]))]));
const byPermalink = new Map(locales.map((locale) => [locale, new Map(getReleases(locale).map((r) => [r.permalink, r]))]));

export function getReleases(locale: Locale): Release[] {
  return releasesByLocale.get(locale) ?? [];
}

export function getLatestReleases(locale: Locale, count: number): Release[] {
  return getReleases(locale).slice(0, count);
}

export function getRelease(locale: Locale, slug: string): Release | undefined {
  return bySlug.get(locale)?.get(slug);
}

/** The same release in another language, paired by permalink. */
export function getTranslation(release: Release, locale: Locale): Release | undefined {
  return byPermalink.get(locale)?.get(release.permalink);
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

/** Years with releases in a locale, newest first, with their counts. */
export function getYears(locale: Locale): { year: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const release of getReleases(locale)) counts.set(release.date.slice(0, 4), (counts.get(release.date.slice(0, 4)) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year.localeCompare(a.year));
}

export function getReleasesOfYear(locale: Locale, year: string): Release[] {
  return getReleases(locale).filter((release) => release.date.startsWith(`${year}-`));
}

export function getReleasesOfTopic(locale: Locale, topic: Topic): Release[] {
  return getReleases(locale).filter((release) => release.topics.includes(topic));
}

/** The next newer and next older release in the same language. */
export function getNeighbours(release: Release): { newer?: Release; older?: Release } {
  const list = getReleases(release.locale);
  const index = list.findIndex((other) => other.slug === release.slug);
  return { newer: list[index - 1], older: list[index + 1] };
}

const DAY_MS = 86_400_000;

/** Up to `count` releases in the same language: most shared topics first, then nearest in date. */
export function getRelated(release: Release, count = 3): Release[] {
  const at = Date.parse(release.date);
  return getReleases(release.locale)
    .filter((other) => other.slug !== release.slug)
    .map((other) => ({
      other,
      shared: other.topics.filter((topic) => release.topics.includes(topic)).length,
      distance: Math.abs(Date.parse(other.date) - at) / DAY_MS,
    }))
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || compareReleases(a.other, b.other))
    .slice(0, count)
    .map(({ other }) => other);
}
