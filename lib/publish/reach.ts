/**
 * How far a publish reaches: which outputs can show a change to some
 * releases, so that only those are fingerprinted again (the others keep the
 * fingerprint the store has). Fingerprinting every output of a
 * 10,000-release archive took 12 s of each publish; what a change can reach
 * does not grow with the archive.
 *
 * An output's scope (lib/routes/outputs.ts) is one release's slug (its pages
 * in every language, side by side, card), one page of a listing (in every
 * language), a sitemap of a hundred pages of a listing, a sitemap of some of a year's releases, or
 * the whole site (home, feeds, search, the sitemap of site pages and
 * listings' own URLs: always fingerprinted again). A changed release reaches:
 *
 * - its own slug, in the old and the new model;
 * - the slugs of its neighbours in the old and the new model (their pages
 *   link it by title);
 * - the slugs of releases whose related list held it before, or could hold
 *   it now: a release's list changes only if the change enters or leaves it,
 *   and the stored "bar" of each list (the shared topics and time distance of
 *   its last entry) says whether the new version can enter, without working
 *   out every list again;
 * - every listing it is in, old or new (all, its year, its topics), and those its tombstone is in;
 * - the sitemap of its year that lists it, old or new (every sitemap of the year when the year's number
 *   of them changed), and the sitemaps of the listing pages it reaches;
 * - the search shards it is in, old or new, and any shard whose members moved (its text file and the
 *   index part that covers it: lib/search/shards.ts).
 */
import { locales } from '../../i18n/locales';
import type { SiteModel, Slot, Tombstone } from '../content/model';
import { releaseTime, yearOf } from '../content/model';
import { releaseId, type ReleaseMeta } from '../content/record';
import { listingKey, listingShape, type Listing } from '../listings';
import { pageAddress, pageCount, pageOfSlot } from '../listings/pagination';
import { listingPageKey, searchShardKey, type Reach } from '../routes/outputs';
import { searchShards } from '../search/documents';
import { releaseSitemapKeys } from '../seo/sitemap';
import type { Topic } from '../site/topics';

/** A release's related list as the store keeps it, with what a newcomer must beat to enter it. */
export type RelatedEntry = {
  ids: string[];
  /** Shared topics and time distance of the list's last entry; absent while the list is not full. */
  bar?: { shared: number; distance: number };
};

/** Release id → its related list, for every live release (a Map: a publish walks it, and walking 20,000 keys of an object was 15 ms). */
export type RelatedTable = Map<string, RelatedEntry>;

/** Topics two releases share (counted without making a list: a publish asks this of every release in a language). */
function shared(a: ReleaseMeta, b: ReleaseMeta): number {
  let count = 0;
  for (const topic of a.topics) if (b.topics.includes(topic)) count += 1;
  return count;
}

export function relatedEntry(model: SiteModel, release: ReleaseMeta, count = 3): RelatedEntry {
  const related = model.related(release, count);
  const last = related.at(-1);
  return {
    ids: related.map(releaseId),
    ...(related.length === count && last ? { bar: { shared: shared(release, last), distance: Math.abs(releaseTime(release) - releaseTime(last)) } } : {}),
  };
}

/** The related list of every live release. */
export function relatedTable(model: SiteModel): RelatedTable {
  return new Map(locales.flatMap((locale) => model.releases(locale).map((release) => [releaseId(release), relatedEntry(model, release)] as const)));
}

/** Could `candidate` enter the related list of `release` (ties count: the test may say yes too often, never too rarely)? */
function couldEnter(entry: RelatedEntry | undefined, release: ReleaseMeta, candidate: ReleaseMeta): boolean {
  if (!entry?.bar) return true;
  const s = shared(release, candidate);
  return s > entry.bar.shared || (s === entry.bar.shared && Math.abs(releaseTime(release) - releaseTime(candidate)) <= entry.bar.distance);
}

const listingsIn = (year: string, topics: readonly Topic[]): Listing[] => [
  { kind: 'all' },
  { kind: 'year', year },
  ...topics.map((topic) => ({ kind: 'topic' as const, topic })),
];

/** The listings a release is in; a tombstone keeps a slot in those its release was in. */
const listingsOf = (release: ReleaseMeta) => listingsIn(yearOf(release), release.topics);
const tombstoneListings = (tombstone: Tombstone) => listingsIn(tombstone.day.slice(0, 4), tombstone.topics);

/** Does a slot show something else in the new model? A release shows what its source file says: the same file (by hash), the same slot. */
const slotDiffers = (a: Slot, b: Slot, slugs: ReadonlySet<string>) =>
  a.slug !== b.slug || a.release?.source.hash !== b.release?.source.hash || a.time !== b.time || a.title !== b.title || slugs.has(a.slug);

/**
 * The pages of a listing that changes to `slugs` can show on (lib/listings/pagination.ts anchors page
 * k at slots 12(k-1)…12k-1, the oldest first), or `'all'`. A page shows its own slots, and the date
 * ranges of the pages on either side; the listing's own URL shows its total too. So in each language:
 * the pages of every slot that shows something else (the same number of slots: compared one by one,
 * so three changes far apart reach three runs of pages, not every page between them), or, when slots
 * were added, every page from the lowest slot a changed release had or has to the newest (every newer
 * slot moved along); one more page each side, and the listing's own URL. A listing whose number of
 * pages changes, or that starts or stops having releases somewhere, changes on every page (links
 * between pages, language switches, "what exists instead").
 */
function listingPagesReached(before: SiteModel, after: SiteModel, listing: Listing, slugs: ReadonlySet<string>): Set<number | undefined> | 'all' {
  const reached = new Set<number | undefined>([undefined]);
  for (const locale of locales) {
    const old = listingShape(before, locale, listing);
    const now = listingShape(after, locale, listing);
    const pages = pageCount(now.slots.length);
    if (pageCount(old.slots.length) !== pages || old.exists !== now.exists || (old.live === 0) !== (now.live === 0)) return 'all';
    const pageOf = (slot: number) => pageOfSlot(slot, now.slots.length);
    const pagesOf = (slots: number[]) =>
      slots
        .map(pageOf)
        .flatMap((page) => [page - 1, page, page + 1])
        .filter((page) => page >= 1 && page <= pages);
    let shown: number[];
    if (old.slots.length === now.slots.length) {
      shown = pagesOf(now.slots.flatMap((slot, i) => (slotDiffers(old.slots[i]!, slot, slugs) ? [i] : [])));
    } else {
      const indices = (slots: Slot[]) => slots.flatMap((slot, i) => (slugs.has(slot.slug) ? [i] : []));
      const found = [...indices(old.slots), ...indices(now.slots)];
      shown = [];
      if (found.length) for (let page = Math.max(1, pageOf(Math.min(...found)) - 1); page <= pages; page += 1) shown.push(page);
    }
    for (const page of shown) reached.add(pageAddress(page, now.slots.length));
  }
  return reached;
}

/**
 * The search shards (in each language) that changes to `slugs` can show in: those holding one of them
 * in either model, and those whose members or body hashes differ (slots counted from the oldest shift
 * only when a release moves in time, which moves every shard between its old and new place).
 */
function searchShardsReached(before: SiteModel, after: SiteModel, slugs: ReadonlySet<string>): string[] {
  const reached: string[] = [];
  for (const locale of locales) {
    const old = searchShards(before, locale);
    const now = searchShards(after, locale);
    for (let n = 0; n < Math.max(old.length, now.length); n += 1) {
      const a = old[n]?.members;
      const b = now[n]?.members;
      // Same length and slugs in both: a's slugs are b's, so looking in one is enough.
      const differ =
        !a || !b || a.length !== b.length || a.some((member, i) => member.slug !== b[i]!.slug || member.bodyHash !== b[i]!.bodyHash || slugs.has(member.slug));
      if (differ) reached.push(searchShardKey(locale, n));
    }
  }
  return reached;
}

/** Where a change to the releases under `changedSlugs` (in any language) can show. `related` is the old model's table. */
export function reachOf(before: SiteModel, after: SiteModel, changedSlugs: Iterable<string>, related: RelatedTable): Reach {
  const changed = new Set(changedSlugs);
  const reach: Reach = {
    slugs: new Set(),
    listings: new Set(),
    listingPages: new Set(),
    years: new Set(),
    searchShards: new Set(searchShardsReached(before, after, changed)),
  };
  const listings = new Map<string, Listing>();
  // The lists that hold a changed release: one pass over the table, looking for the changed ids only
  // (inverting all 20,000 lists of a large archive was 30 ms of every publish).
  const changedIds = new Set(locales.flatMap((locale) => [...changed].map((slug) => `${locale}/${slug}`)));
  const heldBy = new Map<string, string[]>();
  for (const [id, entry] of related) {
    for (const other of entry.ids) {
      if (!changedIds.has(other)) continue;
      const holders = heldBy.get(other);
      if (holders) holders.push(id);
      else heldBy.set(other, [id]);
    }
  }

  for (const slug of changed) {
    reach.slugs.add(slug);
    for (const key of releaseSitemapKeys(before, after, slug)) reach.years.add(key);
    for (const model of [before, after]) {
      // A release put back under other topics or in another year leaves its tombstone's listings (and a
      // withdrawn one leaves a tombstone where it was, which its release's listings already cover).
      for (const tombstone of model.tombstones()) {
        if (tombstone.slug === slug) for (const listing of tombstoneListings(tombstone)) listings.set(listingKey(listing), listing);
      }
      for (const locale of locales) {
        const release = model.release(locale, slug);
        if (!release) continue;
        for (const listing of listingsOf(release)) listings.set(listingKey(listing), listing);
        const { newer, older } = model.neighbours(release);
        for (const neighbour of [newer, older]) if (neighbour) reach.slugs.add(neighbour.slug);
      }
    }
    for (const locale of locales) {
      // Lists that held the old version change (it moved, went or was renamed).
      for (const id of heldBy.get(`${locale}/${slug}`) ?? []) reach.slugs.add(id.slice(id.indexOf('/') + 1));
      // Lists the new version can enter.
      const release = after.release(locale, slug);
      if (!release) continue;
      for (const other of after.releases(locale)) {
        if (other.slug !== slug && !reach.slugs.has(other.slug) && couldEnter(related.get(releaseId(other)), other, release)) reach.slugs.add(other.slug);
      }
    }
  }
  for (const [key, listing] of listings) {
    const pages = listingPagesReached(before, after, listing, changed);
    if (pages === 'all') reach.listings.add(key);
    else for (const page of pages) reach.listingPages.add(listingPageKey(listing, page));
  }
  return reach;
}

/**
 * The related table after a publish: the old one, patched in place, with the lists of every reached slug
 * worked out again. A release that went was changed, so its slug is reached and its list removed.
 */
export function nextRelatedTable(table: RelatedTable, after: SiteModel, reach: Reach): RelatedTable {
  for (const slug of reach.slugs) {
    for (const locale of locales) {
      const release = after.release(locale, slug);
      if (release) table.set(releaseId(release), relatedEntry(after, release));
      else table.delete(`${locale}/${slug}`);
    }
  }
  return table;
}
