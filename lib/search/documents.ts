import type { Locale } from '../../i18n/locales';
import { localeConfig } from '../../i18n/locales';
import { perModel, perRelease } from '../content/memo';
import type { SiteModel } from '../content/model';
import { listingShape } from '../listings';
import { INDEX_PART_SHARDS, partCount, partShards, SHARD_SIZE, shardMembers } from './shards';
import type { SearchManifest } from './types';

export type SearchShard = {
  number: number;
  /** What the shard's file shows: its releases, known by the hash of their bodies. */
  members: { slug: string; bodyHash: string }[];
};

/** A part of a locale's index: the text shards whose releases it finds. */
export type SearchPart = { number: number; shards: { from: number; to: number } };

/** A release as a shard's file lists it. */
const memberOf = perRelease('search-member', (release): SearchShard['members'][number] => ({ slug: release.slug, bodyHash: release.bodyHash }));

/** The locale's archive in shards and index parts (lib/search/shards.ts), worked out once per model. */
const layout = perModel('search-layout', (model, locale) => {
  // Every slot of the archive, tombstones included, oldest first.
  const slots = listingShape(model, locale as Locale, { kind: 'all' }).slots.map((slot) => slot.release && memberOf(slot.release));
  // Sizes passed on, not defaulted: a test that shrinks them (vi.mock of ./shards) shrinks them here.
  const shards: SearchShard[] = shardMembers(slots, SHARD_SIZE).map((members, number) => ({ number, members }));
  const parts: SearchPart[] = Array.from({ length: partCount(shards.length, INDEX_PART_SHARDS) }, (_, number) => ({
    number,
    shards: partShards(number, INDEX_PART_SHARDS),
  }));
  return { shards, parts };
});

/** What the releases of one index part are indexed from, newest first (the body text is read from each record, known here by its hash). */
export function searchDocuments(model: SiteModel, locale: Locale, part: SearchPart) {
  const { shards } = layout(model, locale);
  const members = shards.slice(part.shards.from, part.shards.to + 1).flatMap((shard) => shard.members.map(({ slug }) => ({ slug, shard: shard.number })));
  return members.reverse().map(({ slug, shard }) => {
    const release = model.release(locale, slug)!;
    return {
      slug,
      title: release.title,
      day: release.published.day,
      summary: release.summary,
      bodyHash: release.bodyHash,
      shard,
      /** Which version of the file the stored search terms must come from (lib/search/terms.ts). */
      sourceHash: release.source.hash,
    };
  });
}

/** The locale's shards of body texts. */
export const searchShards = (model: SiteModel, locale: Locale): SearchShard[] => layout(model, locale).shards;

export const searchShard = (model: SiteModel, locale: Locale, number: number): SearchShard | undefined => layout(model, locale).shards[number];

/** The parts of the locale's index. */
export const searchParts = (model: SiteModel, locale: Locale): SearchPart[] => layout(model, locale).parts;

export const searchPart = (model: SiteModel, locale: Locale, number: number): SearchPart | undefined => layout(model, locale).parts[number];

/** `/[locale]/search-index.json`: how many parts to fetch. */
export const searchManifest = (model: SiteModel, locale: Locale): SearchManifest => ({
  version: 3,
  lang: localeConfig[locale].tag,
  parts: searchParts(model, locale).length,
});
