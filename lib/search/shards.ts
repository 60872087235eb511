/**
 * Body texts are split into shards counted from the OLDEST release, the way
 * listings are paginated: publishing a new release appends to the newest
 * shard and leaves every older shard's members, and so its file and
 * fingerprint, as they were. A removed release keeps its slot (tombstone)
 * until the next clean build, so removal shifts nothing either.
 *
 * Size: a result list shows ten results at a time, each needing at most one
 * shard. English bodies run about 3–4 kB, so 100 releases are about 350 kB
 * (about 120 kB gzipped) per shard; 10,000 releases make 100 shards per
 * language.
 */
export const SHARD_SIZE: number = 100;

/**
 * The index that finds releases is split too, in parts of ten text shards (1,000 slots): a publish
 * renders the part its change is in (about 390 kB at most), not a 3.9 MB index of 10,000 releases,
 * so its cost no longer grows with the archive. The search page fetches every part and merges the
 * hits (lib/search/query.ts): ten parallel requests at 10,000 releases, one or two at 1,000.
 */
export const INDEX_PART_SHARDS: number = 10;

/** The text shards an index part covers (the last part's range reaches past the newest shard: it grows into it). */
export const partShards = (part: number, perPart: number) => ({ from: part * perPart, to: (part + 1) * perPart - 1 });

/** How many index parts hold `shardCount` text shards. */
export const partCount = (shardCount: number, perPart: number) => Math.ceil(shardCount / perPart);

/** The shard of the release in slot `positionFromOldest`. */
export const shardOf = (positionFromOldest: number, size = SHARD_SIZE) => Math.floor(positionFromOldest / size);

/**
 * Shard number → its live releases' members, oldest first, from the archive's slots (oldest first; a
 * removed release's slot is `undefined`). Every shard that holds a slot is listed, even if all its
 * releases were removed.
 */
export function shardMembers<T>(slotsOldestFirst: readonly (T | undefined)[], size = SHARD_SIZE): T[][] {
  const shards: T[][] = Array.from({ length: Math.ceil(slotsOldestFirst.length / size) }, () => []);
  slotsOldestFirst.forEach((member, position) => {
    if (member !== undefined) shards[shardOf(position, size)]!.push(member);
  });
  return shards;
}
