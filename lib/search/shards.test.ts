import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/locales';
import { buildModel, type StoreIndex, type Tombstone } from '../content/model';
import type { ReleaseMeta } from '../content/record';
import { searchDocuments, searchParts, searchShards } from './documents';
import { INDEX_PART_SHARDS, SHARD_SIZE, shardMembers } from './shards';

const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Just what the model and the shards read of a release. */
function release(n: number, locale: Locale = 'en'): ReleaseMeta {
  return {
    locale,
    slug: `release-${n}`,
    permalink: `/release-${n}/`,
    title: `Release ${n}`,
    summary: `Summary ${n}`,
    published: { day: day(n), iso: `${day(n)}T00:00:00+08:00` },
    topics: [],
    bodyHash: `hash-${n}`,
    source: { file: `releases/${locale}/release-${n}.md`, hash: `source-${n}` },
  } as unknown as ReleaseMeta;
}

const archive = (count: number, tombstones: Tombstone[] = []): StoreIndex => ({
  releases: Array.from({ length: count }, (_, n) => release(n)),
  tombstones,
});

const membership = (index: StoreIndex) => searchShards(buildModel(index), 'en').map((shard) => shard.members);

describe('shard assignment', () => {
  it('counts from the oldest release', () => {
    expect(shardMembers(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    // A removed release keeps its slot: nothing after it moves to another shard.
    expect(shardMembers(['a', undefined, 'c', 'd', 'e'], 2)).toEqual([['a'], ['c', 'd'], ['e']]);
  });

  it('a newly published release changes the newest shard only: older shards keep their members and body hashes', () => {
    const before = membership(archive(2 * SHARD_SIZE + 50));
    const after = membership(archive(2 * SHARD_SIZE + 51));
    expect(before).toHaveLength(3);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).toEqual([...before[2]!, { slug: `release-${2 * SHARD_SIZE + 50}`, bodyHash: `hash-${2 * SHARD_SIZE + 50}` }]);
  });

  it('the newest release filling a shard opens a new one and leaves the full one as it was', () => {
    const before = membership(archive(SHARD_SIZE));
    const after = membership(archive(SHARD_SIZE + 1));
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual([{ slug: `release-${SHARD_SIZE}`, bodyHash: `hash-${SHARD_SIZE}` }]);
  });

  it('a removed release keeps its slot: newer shards do not shift', () => {
    const full = archive(2 * SHARD_SIZE + 10);
    const removed = full.releases[5]!;
    const tombstone: Tombstone = {
      locale: 'en',
      slug: removed.slug,
      title: removed.title,
      time: Date.parse(removed.published.iso),
      day: removed.published.day,
      topics: [],
    };
    const after = membership({ releases: full.releases.filter((r) => r !== removed), tombstones: [tombstone] });
    const before = membership(full);
    expect(after[0]).toEqual(before[0]!.filter((member) => member.slug !== removed.slug));
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('the index tells each release its shard', () => {
    const model = buildModel(archive(SHARD_SIZE + 3));
    const docs = searchDocuments(model, 'en', searchParts(model, 'en')[0]!);
    expect(docs[0]).toMatchObject({ slug: `release-${SHARD_SIZE + 2}`, shard: 1 });
    expect(docs.at(-1)).toMatchObject({ slug: 'release-0', shard: 0 });
  });

  it('the index is in parts of whole shards, oldest first, each newest first; a new release changes the newest part only', () => {
    const perPart = INDEX_PART_SHARDS * SHARD_SIZE;
    const docsOf = (count: number) => {
      const model = buildModel(archive(count));
      return searchParts(model, 'en').map((part) => searchDocuments(model, 'en', part));
    };
    const before = docsOf(perPart + 5);
    const after = docsOf(perPart + 6);
    expect(before.map((docs) => docs.length)).toEqual([perPart, 5]);
    expect(before[0]![0]).toMatchObject({ slug: `release-${perPart - 1}`, shard: INDEX_PART_SHARDS - 1 });
    expect(before[1]!.at(-1)).toMatchObject({ slug: `release-${perPart}`, shard: INDEX_PART_SHARDS });
    expect(after[0]).toEqual(before[0]);
    expect(after[1]![0]).toMatchObject({ slug: `release-${perPart + 5}` });
    expect(docsOf(perPart).map((docs) => docs.length)).toEqual([perPart]);
  });
});
