/**
 * The site model: every release's metadata, arranged the way pages ask for
 * it. A pure function of the store's index (release metadata and
 * tombstones), so the content build, the publisher and the running site
 * derive the same model from the same index.
 */
import { locales, type Locale } from '../../i18n/locales';
import { topics as allTopics, type Topic } from '../site/topics';
import { momentKey } from './moment';
import { perRelease } from './memo';
import { processWide } from './process-wide';
import { releaseId, type ReleaseMeta } from './record';
import { groupKey, relatedIndex } from './related';

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

type Item = {
  release: ReleaseMeta;
  id: string;
  time: number;
  title: string;
  slug: string;
  topics: readonly Topic[];
  /** Its topic set as a key (the related index groups by it). */
  topicKey: string;
  year: string;
  slot: Slot;
};

/** Each release's time, id, year and listing slot, worked out once per release object (parsing 20,000 times three times over was a fifth of building the model at 10,000 releases). */
const itemOf = perRelease('model-item', (release): Item => {
  const { title, slug, topics } = release;
  const time = momentKey(release.published);
  // Its slot in every listing it is in (slots are never changed once made): made once, not once per listing.
  const slot: Slot = { release, time, title, slug };
  return { release, id: releaseId(release), time, title, slug, topics, topicKey: groupKey({ id: '', topics, time }), year: yearOf(release), slot };
});

/**
 * The order of the model this process built last, per language. A publish changes a few releases, so the
 * next model's releases, laid out in that order with the new ones after, are nearly sorted already, and
 * sorting them is close to one pass (V8 sorts runs, like TimSort). Sorting 10,000 releases from the
 * index's order took 5–15 ms per language, again in every process after every publish.
 */
const lastOrder = processWide('model-last-order', () => ({ items: new Map<Locale, Item[]>() }));

/** Each language's items, newest first (compareReleases). */
function sortedItems(index: StoreIndex): Map<Locale, Item[]> {
  const present = new Set(index.releases);
  const placed = new Set<ReleaseMeta>();
  const lists = new Map<Locale, Item[]>(locales.map((locale) => [locale, []]));
  for (const [locale, previous] of lastOrder.items) {
    const list = lists.get(locale)!;
    for (const item of previous) {
      if (!present.has(item.release)) continue;
      list.push(item);
      placed.add(item.release);
    }
  }
  for (const release of index.releases) if (!placed.has(release)) lists.get(release.locale)?.push(itemOf(release));
  for (const list of lists.values()) list.sort(compareReleases);
  lastOrder.items = lists;
  return lists;
}

/** Where `item` is in `list` (sorted by compareReleases), or -1: a binary search, so a new model keeps no table of positions. */
function positionIn(list: readonly Item[], item: Item): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareReleases(list[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return list[low] === item ? low : -1;
}

/** A listing's slots, oldest first (live releases and tombstones), and how many are live releases. */
export type SlotGroup = { slots: Slot[]; live: number };

/** The slots of every listing of a language, by what it lists (lib/listings builds its pages from these). */
export type SlotGroups = { all: SlotGroup; byYear: Map<string, SlotGroup>; byTopic: Map<Topic, SlotGroup> };

export function buildModel(index: StoreIndex) {
  const items = sortedItems(index);
  const sorted = new Map<Locale, ReleaseMeta[]>(locales.map((locale) => [locale, items.get(locale)!.map(({ release }) => release)]));
  const bySlug = new Map<string, Item>();
  for (const list of items.values()) for (const item of list) bySlug.set(item.id, item);
  const byPermalink = new Map<string, Partial<Record<Locale, ReleaseMeta>>>();
  for (const release of index.releases) {
    const versions = byPermalink.get(release.permalink);
    if (versions) versions[release.locale] = release;
    else byPermalink.set(release.permalink, { [release.locale]: release });
  }

  // Worked out when first asked for, once per model (each is a pass over a language's releases).
  const lazily = <V>(compute: (locale: Locale) => V) => {
    const found = new Map<Locale, V>();
    return (locale: Locale): V => {
      if (!found.has(locale)) found.set(locale, compute(locale));
      return found.get(locale)!;
    };
  };
  const related = lazily((locale) => relatedIndex(items.get(locale)!, compareReleases, (item) => item.topicKey));
  const relatedCache = new Map<string, ReleaseMeta[]>();
  let slugList: readonly string[] | undefined;
  /** Every listing's slots in one pass over the language's releases and tombstones (a pass per listing was 40 ms per model at 10,000). */
  const slotGroups = lazily((locale): SlotGroups => {
    const groups: SlotGroups = { all: { slots: [], live: 0 }, byYear: new Map(), byTopic: new Map() };
    const add = <K>(map: Map<K, SlotGroup>, key: K, slot: Slot) => {
      const group = map.get(key);
      if (group) push(group, slot);
      else map.set(key, { slots: [slot], live: slot.release ? 1 : 0 });
    };
    const push = (group: SlotGroup, slot: Slot) => {
      group.slots.push(slot);
      if (slot.release) group.live += 1;
    };
    const place = (slot: Slot, year: string, topics: readonly Topic[]) => {
      push(groups.all, slot);
      add(groups.byYear, year, slot);
      for (const topic of topics) add(groups.byTopic, topic, slot);
    };
    for (const { slot, year, topics } of items.get(locale)!) place(slot, year, topics);
    const dead = index.tombstones.filter((t) => t.locale === locale);
    for (const t of dead) place({ time: t.time, title: t.title, slug: t.slug }, t.day.slice(0, 4), t.topics);
    // Live releases are already in order (newest first); only tombstones need sorting in.
    const order = ({ slots }: SlotGroup) => (dead.length ? slots.sort(compareReleases) : slots).reverse();
    order(groups.all);
    for (const group of groups.byYear.values()) order(group);
    for (const group of groups.byTopic.values()) order(group);
    return groups;
  });
  // Counted from the listings' groups, which every build and publish works out anyway.
  const yearCounts = lazily((locale) =>
    [...slotGroups(locale).byYear]
      .filter(([, group]) => group.live > 0)
      .map(([year, group]) => ({ year, count: group.live }))
      .sort((a, b) => byCodePoint(b.year, a.year)),
  );
  const topicCounts = lazily((locale) => {
    const { byTopic } = slotGroups(locale);
    return allTopics.filter((topic) => byTopic.get(topic)?.live).map((topic) => ({ topic, count: byTopic.get(topic)!.live }));
  });

  function releases(locale: Locale): ReleaseMeta[] {
    return sorted.get(locale) ?? [];
  }

  function release(locale: Locale, slug: string): ReleaseMeta | undefined {
    return bySlug.get(`${locale}/${slug}`)?.release;
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
    anyLocale(slug: string): ReleaseMeta | undefined {
      for (const locale of locales) {
        const found = release(locale, slug);
        if (found) return found;
      }
      return undefined;
    },
    /** Every slug that exists in at least one language, sorted. */
    // The default sort compares UTF-16 code units, as byCodePoint does, without calling back into JavaScript.
    slugs: (): readonly string[] => (slugList ??= [...new Set(index.releases.map((r) => r.slug))].sort()),
    permalinks: () => [...byPermalink.entries()],
    /** The versions of the release an old permalink names, by language. */
    versions: (permalink: string) => byPermalink.get(permalink),
    /** The next newer and next older release in the same language. */
    neighbours(of: ReleaseMeta) {
      const list = releases(of.locale);
      const item = bySlug.get(releaseId(of));
      const at = item ? positionIn(items.get(of.locale)!, item) : -1;
      return { newer: list[at - 1], older: list[at + 1] };
    },
    related(of: ReleaseMeta, count = 3): ReleaseMeta[] {
      const id = releaseId(of);
      let found = relatedCache.get(id);
      if (!found) {
        const ids = related(of.locale)(itemOf(of), count);
        relatedCache.set(id, (found = ids.map((other) => bySlug.get(other)!.release)));
      }
      return found;
    },
    /** Years with releases in a locale, newest first, with their counts. */
    years: (locale: Locale): readonly { year: string; count: number }[] => yearCounts(locale),
    /** Topics with releases in a locale, in the configured order, with their counts. */
    topics: (locale: Locale): readonly { topic: Topic; count: number }[] => topicCounts(locale),
    /** Every listing's slots in a locale, oldest first: live releases and tombstones. */
    slotGroups,
    tombstones: () => index.tombstones,
  };
}
