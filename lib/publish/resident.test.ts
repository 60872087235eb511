import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../content/corpus';
import { storeFiles } from '../content/store/location';
import { readIndex } from '../content/store/write';
import { buildTestStore } from '../testing/store';
import { publishContent, type PublisherState } from './content';

const root = mkdtempSync(path.join(tmpdir(), 'ut-resident-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const content = path.join(root, 'content');
const oneOff = path.join(root, 'one-off');
const resident = path.join(root, 'resident');

/** The store files a server and the next publish read. */
const storeOf = (dir: string) =>
  Object.fromEntries(
    [storeFiles.index, storeFiles.outputs, storeFiles.related, storeFiles.host, 'sources.json'].map((name) => [
      name,
      readFileSync(path.join(dir, name), 'utf8'),
    ]),
  );

const fileNamed = (locale: string, pattern: RegExp) =>
  `releases/${locale}/${readdirSync(path.join(content, 'releases', locale)).find((name) => pattern.test(name))!}`;

describe('a resident publisher (kept state, watched files)', () => {
  it('leaves the store a one-off publish leaves, change after change, and holds back a batch with an error', async () => {
    writeCorpus(content, 40, 7);
    await buildTestStore(content, oneOff);
    cpSync(oneOff, resident, { recursive: true });
    let kept: PublisherState | undefined;
    // The first round of a resident publisher looks at every file and reads the store once.
    kept = (await publishContent(content, resident)).state;

    const edited = fileNamed('en', /release-00005\.md$/);
    const withdrawn = [fileNamed('en', /release-00009\.md$/), fileNamed('zh', /release-00009\.md$/)];
    const added = 'releases/zh/2026-11-20-resident-test.md';
    const broken = 'releases/en/2026-11-21-broken.md';
    const duplicate = 'releases/en/2026-11-22-duplicate.md';
    const permalinkOf = (file: string) => readFileSync(path.join(content, file), 'utf8').match(/^permalink: (.*)$/m)![1];
    const steps: { name: string; apply: () => void; hinted: string[]; applied: boolean; error?: RegExp }[] = [
      {
        name: 'a corrected title',
        apply: () => writeFileSync(path.join(content, edited), readFileSync(path.join(content, edited), 'utf8').replace(/^title: .*$/m, 'title: "Corrected"')),
        hinted: [edited],
        applied: true,
      },
      {
        name: 'a withdrawal in both languages (the files are gone: only the watcher names them)',
        apply: () => withdrawn.forEach((file) => rmSync(path.join(content, file))),
        hinted: withdrawn,
        applied: true,
      },
      {
        name: 'an addition, and an editor’s swap file the watcher also saw',
        apply: () =>
          writeFileSync(
            path.join(content, added),
            '---\ntitle: "常驻发布测试"\npermalink: "/media-centre/press-releases/resident-test/"\ndate: "2026-11-20"\ndescription: "测试。"\n---\n正文。\n',
          ),
        hinted: [added, 'releases/zh/.2026-11-20-resident-test.md.swp', 'README.md'],
        applied: true,
      },
      {
        name: 'a file without a title: nothing is applied',
        apply: () => writeFileSync(path.join(content, broken), '---\ndate: "2026-11-21"\n---\nNo title.\n'),
        hinted: [broken],
        applied: false,
      },
      {
        name: 'the broken file removed',
        apply: () => rmSync(path.join(content, broken)),
        hinted: [broken],
        applied: false,
      },
      {
        name: 'a release that takes the permalink of another: nothing is applied',
        apply: () =>
          writeFileSync(
            path.join(content, duplicate),
            `---\ntitle: "Duplicate"\npermalink: ${permalinkOf(edited)}\ndate: "2026-11-22"\ndescription: "Twice."\n---\nText.\n`,
          ),
        hinted: [duplicate],
        applied: false,
        error: /is also used by releases\/en\/.*release-00005\.md/,
      },
      {
        name: 'the duplicate removed',
        apply: () => rmSync(path.join(content, duplicate)),
        hinted: [duplicate],
        applied: false,
      },
    ];
    for (const step of steps) {
      step.apply();
      const before = storeOf(resident);
      const once = await publishContent(content, oneOff);
      const watched = await publishContent(content, resident, { kept, hinted: new Set(step.hinted) });
      kept = watched.state;
      expect(watched.changedFiles, step.name).toEqual(once.changedFiles);
      expect(watched.removedFiles, step.name).toEqual(once.removedFiles);
      expect(watched.problems, step.name).toEqual(once.problems);
      if (step.error) expect(watched.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([expect.stringMatching(step.error)]);
      expect(watched.update?.outputs, step.name).toEqual(once.update?.outputs);
      expect(storeOf(resident), step.name).toEqual(storeOf(oneOff));
      if (step.applied) expect(storeOf(resident), step.name).not.toEqual(before);
      else expect(storeOf(resident), step.name).toEqual(before);
    }
    // index.json names its shards by their bytes: the same names, the same releases.
    const index = readIndex(resident)!;
    expect(index.releases.some((release) => release.title === 'Corrected')).toBe(true);
    expect(index.releases.some((release) => release.slug === 'resident-test')).toBe(true);
    expect(index.releases.some((release) => release.slug.endsWith('00009'))).toBe(false);
  });

  it('sees only the files it is told of (the watcher is its eyes)', async () => {
    const state = (await publishContent(content, resident)).state;
    const edited = fileNamed('zh', /release-00011\.md$/);
    writeFileSync(path.join(content, edited), readFileSync(path.join(content, edited), 'utf8').replace(/^title: .*$/m, 'title: "更正"'));
    expect((await publishContent(content, resident, { kept: state, hinted: new Set(['releases/en/unrelated.md']) })).changedFiles).toEqual([]);
    // Stamps that lost files (a store without sources.json): the files the watcher did not name are still there.
    const unstamped = await publishContent(content, resident, { kept: { ...state, stamps: {} }, hinted: new Set([edited]) });
    expect(unstamped.removedFiles).toEqual([]);
    expect(unstamped.changedFiles).toEqual([edited]);
  });
});
