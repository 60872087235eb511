import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeConfig, locales } from '../../i18n/locales';
import { updateStore } from '../content/store/write';
import { readSpecs, type ReleaseSpec } from '../testing/corpus';
import { buildSearchIndex, indexOfTerms } from './build-index';
import { storeFiles } from '../content/store/location';
import { readStoreJsonOnce } from '../content/store/read';
import { readTerms, TERM_SHARDS, termShardOf, termsReader } from './terms';

const dir = mkdtempSync(path.join(tmpdir(), 'ut-terms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const specs: ReleaseSpec[] = [
  { slug: 'smart-city', date: '2024-03-01', title: 'Smart city pilot', body: 'Sensors on lamp posts measure air quality.' },
  { slug: 'smart-city', locale: 'zh', date: '2024-03-01', title: '智慧城市试点', body: '灯柱上的传感器测量空气质量。' },
  { slug: 'broadband', date: '2024-04-01', title: 'Broadband upgrade', body: 'Homes get faster connections.' },
  { slug: 'talent', date: '2024-05-01', title: 'Tech talent scheme', body: 'Mid-career workers retrain.' },
];

/** Each stored shard file → its modification time (ns). */
function shardTimes(): Record<string, bigint> {
  return Object.fromEntries(
    locales.flatMap((locale) =>
      Array.from({ length: TERM_SHARDS }, (_, shard) => storeFiles.searchTerms(locale, shard))
        .filter((file) => existsSync(path.join(dir, file)))
        .map((file) => [file, statSync(path.join(dir, file), { bigint: true }).mtimeNs]),
    ),
  );
}

/** What a process holds parsed of each English shard that exists. */
function enShards(): Map<number, unknown> {
  return new Map(
    Array.from({ length: TERM_SHARDS }, (_, shard) => [shard, readStoreJsonOnce(storeFiles.searchTerms('en', shard), dir)] as const).filter(
      ([, table]) => table !== undefined,
    ),
  );
}

/** The index from stored terms must be the index from segmenting every body, whatever was published since the full build. */
async function expectSameIndexes(current: ReleaseSpec[]) {
  const records = await readSpecs(current);
  for (const locale of locales) {
    const mine = records.filter((record) => record.locale === locale);
    const stored = readTerms(locale, dir)!;
    expect(Object.keys(stored).sort()).toEqual(mine.map((record) => record.slug).sort());
    // What the index routes read, slug by slug from each one's shard, is the same.
    const reader = termsReader(locale, dir);
    for (const record of mine) expect(reader(record.slug)).toEqual(stored[record.slug]);
    expect(reader('no-such-release')).toBeUndefined();
    const docs = mine.map((record) => ({ slug: record.slug, title: record.title, day: record.published.day, summary: record.summary, shard: 0 }));
    const lang = localeConfig[locale].tag;
    expect(
      indexOfTerms(
        docs.map((doc) => ({ ...doc, terms: stored[doc.slug]!.terms })),
        lang,
      ),
    ).toEqual(
      buildSearchIndex(
        docs.map((doc, i) => ({ ...doc, text: mine[i]!.text })),
        lang,
      ),
    );
  }
}

describe('stored search terms', () => {
  it('follow a full build, a correction, an addition and a withdrawal', async () => {
    updateStore(dir, { records: await readSpecs(specs), replaceAll: true });
    await expectSameIndexes(specs);

    const corrected = specs.map((spec) => (spec.slug === 'broadband' ? { ...spec, body: 'Homes and schools get fibre.' } : spec));
    const [changed] = await readSpecs(corrected.filter((spec) => spec.slug === 'broadband'));
    const before = shardTimes();
    const parsedBefore = enShards();
    updateStore(dir, { records: [changed!] });
    await expectSameIndexes(corrected);
    // A publish rewrites the shard of the release it changed, and no other.
    const after = shardTimes();
    const rewritten = Object.keys(after).filter((file) => after[file] !== before[file]);
    expect(rewritten).toEqual([storeFiles.searchTerms('en', termShardOf('broadband'))]);
    // A running process parses that shard again, and keeps what it had parsed of the others.
    const parsedAfter = enShards();
    const reparsed = [...parsedAfter.keys()].filter((shard) => parsedAfter.get(shard) !== parsedBefore.get(shard));
    expect(reparsed).toEqual([termShardOf('broadband')]);
    expect(readTerms('en', dir)!.broadband!.terms.body).toContain('fibre');

    const added: ReleaseSpec = { slug: 'cyber', locale: 'zh', date: '2024-06-01', title: '网络安全框架', body: '企业加强网络防御。' };
    updateStore(dir, { records: await readSpecs([added]) });
    await expectSameIndexes([...corrected, added]);

    const [withdrawn] = await readSpecs(specs.filter((spec) => spec.slug === 'talent'));
    updateStore(dir, { records: [], removedFiles: [withdrawn!.source.file] });
    await expectSameIndexes([...corrected, added].filter((spec) => spec.slug !== 'talent'));
  });
});
