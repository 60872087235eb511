import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../content/corpus';
import { storeFiles } from '../content/store/location';
import { buildTestStore } from '../testing/store';
import { publishContent } from './content';

const root = mkdtempSync(path.join(tmpdir(), 'ut-unfinished-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = path.join(root, 'content');
const store = path.join(root, 'store');
const sorted = (paths: string[]) => [...paths].sort();

/**
 * A publish writes the index first, then the outputs (lib/content/store/write.ts). A publisher that stops
 * in between leaves an index whose outputs were never compared or revalidated: the next publish must find
 * them, even when no file changed since.
 */
describe('a publish that stopped between the index and the outputs', () => {
  it('is finished by the next publish, which reports every output the stopped one owed', async () => {
    writeCorpus(content, 30, 3);
    await buildTestStore(content, store);
    const saved = path.join(root, 'saved');
    cpSync(store, saved, { recursive: true });
    const folder = path.join(content, 'releases', 'en');
    const edited = path.join(
      folder,
      readdirSync(folder).find((name) => /release-00004\.md$/.test(name))!,
    );
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "Corrected before a crash"'));

    const finished = await publishContent(content, store);
    const owed = finished.update!.outputs;
    expect(owed.changed.length).toBeGreaterThan(0);
    expect(existsSync(path.join(store, storeFiles.unfinished))).toBe(false);

    // The same publish stopped after the index: the outputs and related lists are the old ones, the marker is there.
    for (const name of [storeFiles.outputs, storeFiles.related, storeFiles.host]) cpSync(path.join(saved, name), path.join(store, name));
    writeFileSync(path.join(store, storeFiles.unfinished), '{}');

    const next = await publishContent(content, store);
    expect(next.changedFiles).toEqual([]);
    expect(sorted(next.update!.outputs.changed)).toEqual(sorted(owed.changed));
    expect(sorted(next.update!.outputs.added)).toEqual(sorted(owed.added));
    expect(existsSync(path.join(store, storeFiles.unfinished))).toBe(false);
    // Once finished, nothing is owed.
    expect((await publishContent(content, store)).update).toBeUndefined();
  });
});
