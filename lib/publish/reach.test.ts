import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../i18n/locales';
import { buildModel } from '../content/model';
import { metaOf, type ReleaseRecord } from '../content/record';
import { storeFiles } from '../content/store/location';
import { diffOutputs, readIndex, updateStore, type OutputChanges } from '../content/store/write';
import { readHostArtefacts, readShardedHost } from '../host/host-file';
import { legacyRedirects } from '../host/legacy';
import { outputFingerprints } from '../routes/outputs';
import { topics as allTopics, type Topic } from '../site/topics';
import { dayAfter, modelOf, readSpecs, seededRandom, type ReleaseSpec } from '../testing/corpus';
import { reachOf, relatedTable } from './reach';

/**
 * A publish fingerprints only what the change can reach (./reach.ts). Whatever
 * the change, the store it leaves must be the store a full build of the same
 * content writes: the same fingerprint for every output (so every output whose
 * page changed is rendered again) and the same related lists. Random archives
 * and random changes, made to hit the corners: releases on the same day, few
 * topics, translations added and removed, dates moved across years.
 */
// Two numbered pages per listing sitemap (a hundred in the site), three releases per sitemap of a year's
// releases (two hundred): the random archives' listings and years then have several, and a change must
// reach exactly the sitemaps of the pages and releases it reaches.
vi.mock(import('../listings/pagination'), async (original) => ({ ...(await original()), PAGES_PER_SITEMAP: 2, RELEASES_PER_SITEMAP: 3 }));
// Small search shards and index parts, so that random archives span several of each.
vi.mock(import('../search/shards'), async (original) => ({ ...(await original()), SHARD_SIZE: 2, INDEX_PART_SHARDS: 2 }));

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ut-reach-'));
  dirs.push(dir);
  return dir;
};
const storeJson = (dir: string, name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown;

function randomArchive(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const pool = allTopics.slice(0, 3);
  const spec = (n: number, locale: Locale, day: number, extra: Partial<ReleaseSpec> = {}): ReleaseSpec => ({
    slug: `release-${n}`,
    locale,
    title: `${locale} release ${n}`,
    date: dayAfter('2023-11-20', day),
    topics: [...new Set([pick(pool), pick(pool)].slice(0, pick([0, 1, 2])))] as Topic[],
    ...extra,
  });
  const specs: ReleaseSpec[] = [];
  // Small archives too: there related lists are not full, and anything may enter them. Large enough
  // ones for listings of many pages, where a change reaches some pages and not others.
  const size = [4, 40, 100][seed % 3]!;
  for (let n = 0; n < size; n += 1) {
    const day = Math.floor(random() * 30);
    specs.push(spec(n, 'en', day));
    if (random() < 0.7) specs.push(spec(n, 'zh', day));
  }
  /** One random change to the archive: the specs after it. */
  const change = (before: ReleaseSpec[], step: number): ReleaseSpec[] => {
    const at = Math.floor(random() * before.length);
    const target = before[at]!;
    const others = before.filter((_, i) => i !== at);
    switch (pick(['title', 'date', 'topics', 'remove', 'add', 'translate'] as const)) {
      case 'title':
        return [...others, { ...target, title: `${target.title} corrected ${step}` }];
      case 'date':
        return [...others, { ...target, date: dayAfter('2023-11-20', Math.floor(random() * 60)) }];
      case 'topics':
        return [...others, { ...target, topics: [pick(pool)] }];
      case 'remove':
        return others;
      case 'add':
        return [...before, spec(100 + step, pick(['en', 'zh'] as const), Math.floor(random() * 40))];
      case 'translate': {
        const locale: Locale = target.locale === 'zh' ? 'en' : 'zh';
        const has = before.some((other) => other.slug === target.slug && other.locale === locale);
        return has ? others.filter((other) => !(other.slug === target.slug && other.locale === locale)).concat(target) : [...before, { ...target, locale }];
      }
    }
  };
  return { specs, change };
}

const fileOf = (record: ReleaseRecord) => record.source.file;

describe('a publish fingerprints only what the change reaches', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`leaves the store a full build would write (seed ${seed}, 8 changes in a row)`, { timeout: 30_000 }, async () => {
      const { specs, change } = randomArchive(seed);
      const published = scratch();
      updateStore(published, { records: await readSpecs(specs), replaceAll: true });
      let current = specs;
      for (let step = 0; step < 8; step += 1) {
        const next = change(current, step);
        const [before, after] = await Promise.all([readSpecs(current), readSpecs(next)]);
        const hashOf = new Map(before.map((record) => [fileOf(record), record.source.hash]));
        const changed = after.filter((record) => hashOf.get(fileOf(record)) !== record.source.hash);
        const removedFiles = [...hashOf.keys()].filter((file) => !after.some((record) => fileOf(record) === file));
        const fingerprintsBefore = storeJson(published, storeFiles.outputs) as Record<string, string>;
        const update = updateStore(published, { records: changed, removedFiles });

        // Every output fingerprinted again from the same index (tombstones included): what a full build computes.
        const model = buildModel(readIndex(published)!);
        expect(storeJson(published, storeFiles.outputs), `step ${step}`).toEqual(outputFingerprints(model));
        // The changes it reports (what the servers render again) are every difference, looked for only where it fingerprinted.
        const sorted = (changes: OutputChanges) => Object.fromEntries(Object.entries(changes).map(([kind, paths]) => [kind, [...paths].sort()]));
        expect(sorted(update.outputs), `step ${step}`).toEqual(sorted(diffOutputs(fingerprintsBefore, outputFingerprints(model))));
        expect(storeJson(published, storeFiles.related), `step ${step}`).toEqual(Object.fromEntries(relatedTable(model)));
        // What the proxy reads: every path and old permalink, patched shard by shard.
        expect(readShardedHost(published)!.paths.flat().sort(), `step ${step}`).toEqual(Object.keys(outputFingerprints(model)).sort());
        expect(readHostArtefacts(published)!.legacy, `step ${step}`).toEqual(legacyRedirects(model));
        if (changed.length || removedFiles.length)
          expect(update.outputs.changed.length + update.outputs.added.length + update.outputs.removed.length).toBeGreaterThan(0);
        current = next;
      }
    });
  }
});

describe('a withdrawn release put back', () => {
  it('under other topics and in another year, leaves the store a full build would write (its tombstone leaves its old listings)', async () => {
    const specs: ReleaseSpec[] = Array.from({ length: 60 }, (_, n) => ({
      slug: `release-${n}`,
      date: dayAfter('2023-12-20', n),
      topics: [allTopics[n % 2]!],
    }));
    const published = scratch();
    updateStore(published, { records: await readSpecs(specs), replaceAll: true });
    const [withdrawn] = await readSpecs([specs[20]!]);
    updateStore(published, { records: [], removedFiles: [fileOf(withdrawn!)] });
    // Back, with a topic and a year its tombstone does not have: the tombstone goes from the old topic's and year's listings.
    const [back] = await readSpecs([{ ...specs[20]!, topics: [allTopics[2]!], date: '2023-12-01' }]);
    const before = storeJson(published, storeFiles.outputs) as Record<string, string>;
    const update = updateStore(published, { records: [back!] });
    const model = buildModel(readIndex(published)!);
    expect(model.tombstones()).toEqual([]);
    expect(storeJson(published, storeFiles.outputs)).toEqual(outputFingerprints(model));
    const changed = [...update.outputs.changed, ...update.outputs.added, ...update.outputs.removed].sort();
    expect(changed).toEqual([...Object.values(diffOutputs(before, outputFingerprints(model))).flat()].sort());
  });
});

describe('what a change reaches', () => {
  it('a corrected title reaches its own pages, its neighbours and the lists that hold it, not the archive', async () => {
    const specs: ReleaseSpec[] = Array.from({ length: 60 }, (_, n) => ({
      slug: `release-${n}`,
      date: dayAfter('2024-01-01', n),
      topics: [allTopics[n % 4]!],
    }));
    const before = modelOf((await readSpecs(specs)).map(metaOf));
    const corrected = specs.map((spec) => (spec.slug === 'release-30' ? { ...spec, title: 'Corrected' } : spec));
    const after = modelOf((await readSpecs(corrected)).map(metaOf));
    const reach = reachOf(before, after, ['release-30'], relatedTable(before));
    const held = [...relatedTable(before)].filter(([, entry]) => entry.ids.includes('en/release-30'));
    expect(held.length).toBeGreaterThan(0);
    for (const slug of ['release-30', 'release-29', 'release-31', ...held.map(([id]) => id.slice(3))]) expect(reach.slugs).toContain(slug);
    // Lists the new version could enter are reached too, ties included (the test errs on the side of rendering).
    expect(reach.slugs.size).toBeLessThanOrEqual(held.length + 3 + 2);
    // Release 30 is in slot 30 of 60 (page 3 of 5, twelve to a page): its page, the pages either side
    // (they name its dates), and each listing's own URL (its total). Its topic's 15 fit on one page.
    expect([...reach.listings]).toEqual([]);
    expect([...reach.listingPages].sort()).toEqual(
      ['all#', 'all#2', 'all#3', 'all#4', `topic:${allTopics[30 % 4]}#`, 'year:2024#', 'year:2024#2', 'year:2024#3', 'year:2024#4'].sort(),
    );
    // The one file of 2024's release sitemaps that lists it (twenty files of three).
    expect([...reach.years]).toEqual([expect.stringMatching(/^2024#\d+$/)]);
  });

  const sixty = (): ReleaseSpec[] => Array.from({ length: 60 }, (_, n) => ({ slug: `release-${n}`, date: dayAfter('2024-01-01', n), topics: [allTopics[0]!] }));
  const pagesOf = (reach: ReturnType<typeof reachOf>, key: string) =>
    [...reach.listingPages].filter((page) => page.startsWith(`${key}#`)).map((page) => page.slice(key.length + 1));

  it('a release moved in time reaches every page between its old and new slot: those slots all shift', async () => {
    const specs = sixty();
    const before = modelOf((await readSpecs(specs)).map(metaOf));
    // From slot 5 (page 1) to after release 50 (page 5, the newest: the listing's own URL): slots 5…50 move down by one.
    const moved = specs.map((spec) => (spec.slug === 'release-5' ? { ...spec, date: dayAfter('2024-01-01', 50) } : spec));
    const after = modelOf((await readSpecs(moved)).map(metaOf));
    const reach = reachOf(before, after, ['release-5'], relatedTable(before));
    expect(pagesOf(reach, 'all').sort()).toEqual(['', '1', '2', '3', '4']);
  });

  it('changes far apart reach the pages around each, not every page between them', async () => {
    const specs = Array.from({ length: 120 }, (_, n) => ({ slug: `release-${n}`, date: dayAfter('2024-01-01', n), topics: [allTopics[0]!] }));
    const before = modelOf((await readSpecs(specs)).map(metaOf));
    const corrected = specs.map((spec) => (['release-2', 'release-117'].includes(spec.slug) ? { ...spec, title: `Corrected ${spec.slug}` } : spec));
    const after = modelOf((await readSpecs(corrected)).map(metaOf));
    const reach = reachOf(before, after, ['release-2', 'release-117'], relatedTable(before));
    // Slot 2 is on page 1, slot 117 on page 10 (the newest, the listing's own URL): pages 1–2 and 9–10.
    expect(pagesOf(reach, 'all').sort()).toEqual(['', '1', '2', '9'].sort());
  });
});
