import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../content/corpus';
import { storeFiles } from '../content/store/location';
import { storeFileStamp } from '../content/store/read';
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

  it('owes its outputs while the writing of what only publishers read waits (until the change is live)', async () => {
    const publisherFiles = [storeFiles.outputs, storeFiles.related, 'sources.json'];
    const read = () => Object.fromEntries(publisherFiles.map((name) => [name, readFileSync(path.join(store, name), 'utf8')]));
    const index = () => readFileSync(path.join(store, storeFiles.index), 'utf8');
    const before = { files: read(), index: index() };
    const stamps = Object.fromEntries(publisherFiles.map((name) => [name, storeFileStamp(name, store)]));
    const folder = path.join(content, 'releases', 'zh');
    const edited = path.join(
      folder,
      readdirSync(folder).find((name) => /release-00006\.md$/.test(name))!,
    );
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "待写"'));

    const jobs: (() => void)[] = [];
    const published = await publishContent(content, store, { defer: (job) => jobs.push(job) });
    expect(published.update!.outputs.changed.length).toBeGreaterThan(0);
    // The servers have the new index; the files only publishers read are as they were, and the marker says so.
    expect(index()).not.toEqual(before.index);
    expect(read()).toEqual(before.files);
    expect(existsSync(path.join(store, storeFiles.unfinished))).toBe(true);

    jobs.forEach((job) => job());
    expect(existsSync(path.join(store, storeFiles.unfinished))).toBe(false);
    // Written now: each file replaced (the same bytes for related lists a title does not change).
    for (const name of publisherFiles) expect(storeFileStamp(name, store), name).not.toEqual(stamps[name]);
    expect(read()[storeFiles.outputs]).not.toEqual(before.files[storeFiles.outputs]);
    expect((await publishContent(content, store)).update).toBeUndefined();
  });
});
