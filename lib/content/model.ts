/**
 * The site model: every release's metadata, arranged the way pages ask for
 * it. A pure function of the store's index (release metadata and
 * tombstones), so the content build, the publisher and the running site
 * derive the same model from the same index.
 */
import { locales, type Locale } from '../../i18n/locales';
import { topics as allTopics, type Topic } from '../site/topics';
import { momentKey } from './moment';
import { processWide } from './process-wide';
import { releaseId, type ReleaseMeta } from './record';
import { relatedIndex } from './related';

/**
 * A release that was published and then removed. It keeps its slot in the
 * listings' pagination until the next clean build, so that removing one
 * release does not move every older page's contents.
 */
export type Tombstone = { locale: Locale; slug: string; title: string; time: number; day: string; topics: Topic[] };

export type StoreIndex = { releases: ReleaseMeta[]; tombstones: Tombstone[] };

/** A slot in a listing: a live release, or the place a removed one held. */
export type Slot = { release?: ReleaseMeta; time: number; title: string; slug: string };

/** Code point order: the same in every locale and process (localeCompare is neither, and slower). */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; same-moment releases by title, then slug, so the order never flickers between builds. */
export function compareReleases(a: { time: number; title: string; slug: string }, b: { time: number; title: string; slug: string }) {
  return b.time - a.time || byCodePoint(a.title, b.title) || byCodePoint(a.slug, b.slug);
}

/** When a release was published, as a sort key (worked out once per release object: see `itemOf`). */
export const releaseTime = (release: ReleaseMeta) => itemOf(release).time;
/** The year a release is listed under (year archives, sitemaps). */
export const yearOf = (release: ReleaseMeta) => release.published.day.slice(0, 4);

export type SiteModel = ReturnType<typeof buildModel>;

type Item = { release: ReleaseMeta; id: string; time: number; title: string; slug: string; topics: readonly Topic[]; year: string; slot: Slot };

/**
 * Each release's time, id and year, worked out once per release object (parsing 20,000 times three times
 * over was a fifth of building the model at 10,000 releases). Every process builds the model again after
 * each publish, but the index's shards a publish did not rewrite hold the same objects (lib/content/store/index-file.ts).
 */
const itemOf = (() => {
  const items = processWide('model-items', () => new WeakMap<ReleaseMeta, Item>());
  return (release: ReleaseMeta): Item => {
    let item = items.get(release);
    if (!item) {
      const { title, slug, topics } = release;
      const time = momentKey(release.published);
      // Its slot in every listing it is in (slots are never changed once made): made once, not once per listing.
      const slot: Slot = { release, time, title, slug };
      items.set(release, (item = { release, id: releaseId(release), time, title, slug, topics, year: yearOf(release), slot }));
    }
    return item;
  };
})();

export function buildModel(index: StoreIndex) {
  const items = new Map<Locale, Item[]>(locales.map((locale) => [locale, []]));
  for (const release of index.releases) items.get(release.locale)?.push(itemOf(release));
  for (const list of items.values()) list.sort(compareReleases);
  const sorted = new Map<Locale, ReleaseMeta[]>(locales.map((locale) => [locale, items.get(locale)!.map(({ release }) => release)]));
  const position = new Map<string, number>();
  const bySlug = new Map<string, ReleaseMeta>();
  for (const list of items.values()) {
    list.forEach(({ id, release }, i) => {
      position.set(id, i);
      bySlug.set(id, release);
    });
  }
  const byPermalink = new Map<string, Partial<Record<Locale, ReleaseMeta>>>();
  for (const release of index.releases) {
    const versions = byPermalink.get(release.permalink);
    if (versions) versions[release.locale] = release;
    else byPermalink.set(release.permalink, { [release.locale]: release });
  }

  const related = new Map(locales.map((locale) => [locale, relatedIndex(items.get(locale)!, (id) => position.get(id) ?? 0)]));
  const relatedCache = new Map<string, ReleaseMeta[]>();
  // Asked for by every page of a build and every output of a publish: computed once per model.
  const slugList = [...new Set(index.releases.map((r) => r.slug))].sort(byCodePoint);
  const yearCounts = new Map<Locale, { year: string; count: number }[]>();
  const topicCounts = new Map<Locale, { topic: Topic; count: number }[]>();

  function releases(locale: Locale): ReleaseMeta[] {
    return sorted.get(locale) ?? [];
  }

  function release(locale: Locale, slug: string): ReleaseMeta | undefined {
    return bySlug.get(`${locale}/${slug}`);
  }

  /** Slots of a listing in a locale, oldest first: live releases and tombstones. */
  function slots(locale: Locale, keep: (item: { time: number; topics: readonly Topic[]; year: string }) => boolean): Slot[] {
    const live: Slot[] = [];
    for (const item of items.get(locale) ?? []) if (keep(item)) live.push(item.slot);
    const dead = index.tombstones
      .filter((t) => t.locale === locale && keep({ time: t.time, topics: t.topics, year: t.day.slice(0, 4) }))
      .map((t) => ({ time: t.time, title: t.title, slug: t.slug }));
    // Live releases are already in order (newest first); only tombstones need sorting in.
    return (dead.length ? [...live, ...dead].sort(compareReleases) : live).reverse();
  }

  return {
    locales,
    releases,
    release,
    /** The same release in another language, paired by permalink. */
    translation: (of: ReleaseMeta, locale: Locale) => byPermalink.get(of.permalink)?.[locale],
    /** Locales in which this release exists, including its own, in configured order. */
    availableLocales: (of: ReleaseMeta) => locales.filter((locale) => byPermalink.get(of.permalink)?.[locale]),
    /** The release under this slug in whichever language has it (for "not translated" pages). */
    anyLocale: (slug: string) => locales.map((locale) => release(locale, slug)).find(Boolean),
    /** Every slug that exists in at least one language, sorted. */
    slugs: (): readonly string[] => slugList,
    permalinks: () => [...byPermalink.entries()],
    /** The versions of the release an old permalink names, by language. */
    versions: (permalink: string) => byPermalink.get(permalink),
    /** The next newer and next older release in the same language. */
    neighbours(of: ReleaseMeta) {
      const list = releases(of.locale);
      const at = position.get(releaseId(of)) ?? -1;
      return { newer: list[at - 1], older: list[at + 1] };
    },
    related(of: ReleaseMeta, count = 3): ReleaseMeta[] {
      const id = releaseId(of);
      let found = relatedCache.get(id);
      if (!found) {
        const ids = related.get(of.locale)!({ id, topics: of.topics, time: releaseTime(of) }, count);
        relatedCache.set(id, (found = ids.map((other) => bySlug.get(other)!)));
      }
      return found;
    },
    /** Years with releases in a locale, newest first, with their counts. */
    years(locale: Locale): readonly { year: string; count: number }[] {
      let found = yearCounts.get(locale);
      if (!found) {
        const counts = new Map<string, number>();
        for (const r of releases(locale)) counts.set(yearOf(r), (counts.get(yearOf(r)) ?? 0) + 1);
        yearCounts.set(locale, (found = [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => byCodePoint(b.year, a.year))));
      }
      return found;
    },
    /** Topics with releases in a locale, in the configured order, with their counts. */
    topics(locale: Locale): readonly { topic: Topic; count: number }[] {
      let found = topicCounts.get(locale);
      if (!found) {
        const counts = new Map<Topic, number>();
        for (const r of releases(locale)) for (const topic of r.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
        topicCounts.set(locale, (found = allTopics.filter((topic) => counts.has(topic)).map((topic) => ({ topic, count: counts.get(topic)! }))));
      }
      return found;
    },
    slots,
    tombstones: () => index.tombstones,
  };
}
