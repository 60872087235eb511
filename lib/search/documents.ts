import type { Locale } from '../../i18n/locales';
import { perModel } from '../content/memo';
import type { SiteModel } from '../content/model';
import { assignShards, shardMembers, type ShardSlot } from './shards';

export type SearchShard = {
  number: number;
  /** What the shard's file shows: its releases, known by the hash of their bodies. */
  members: { slug: string; bodyHash: string }[];
};

/** The locale's archive in shards (lib/search/shards.ts), worked out once per model. */
const layout = perModel((model, locale) => {
  // Every slot of the archive, tombstones included, oldest first.
  const slots: ShardSlot[] = model.slots(locale as Locale, () => true).map((slot) => ({ slug: slot.slug, live: Boolean(slot.release) }));
  const bodyHash = new Map(model.releases(locale as Locale).map((release) => [release.slug, release.bodyHash]));
  const shards: SearchShard[] = shardMembers(slots).map((slugs, number) => ({
    number,
    members: slugs.map((slug) => ({ slug, bodyHash: bodyHash.get(slug)! })),
  }));
  return { shardOf: assignShards(slots), shards };
});

/** What a locale's search index is built from (the body text is read from each record, known here by its hash). */
export function searchDocuments(model: SiteModel, locale: Locale) {
  const { shardOf } = layout(model, locale);
  return model.releases(locale).map((release) => ({
    slug: release.slug,
    title: release.title,
    day: release.published.day,
    summary: release.summary,
    bodyHash: release.bodyHash,
    shard: shardOf.get(release.slug)!,
    /** Which version of the file the stored search terms must come from (lib/search/terms.ts). */
    sourceHash: release.source.hash,
  }));
}

/** The locale's shards of body texts. */
export const searchShards = (model: SiteModel, locale: Locale): SearchShard[] => layout(model, locale).shards;

export const searchShard = (model: SiteModel, locale: Locale, number: number): SearchShard | undefined => layout(model, locale).shards[number];
