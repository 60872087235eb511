import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReleaseFiles } from '../check';
import { releaseRecords, runContentlayer } from './contentlayer';

// contentlayer2's compiled config imports contentlayer2 itself, so its working folder sits inside the project.
const workDir = path.resolve('.portal');
let dir: string;
const contentDir = path.resolve('e2e/fixtures/content');

beforeAll(() => {
  process.env.CONTENT_DIR = contentDir;
  dir = mkdtempSync(path.join(workDir, 'contentlayer-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runContentlayer', () => {
  it('makes the same records split by language folder between worker threads as in one run', async () => {
    const files = listReleaseFiles(contentDir);
    const bySource = (records: { source: { file: string } }[]) => [...records].sort((a, b) => a.source.file.localeCompare(b.source.file));
    const whole = await runContentlayer(path.join(dir, 'whole'), [[]]);
    const split = await runContentlayer(path.join(dir, 'split'), [['releases/en'], ['releases/zh']]);
    expect(whole.map((record) => record.source.file).sort()).toEqual(files);
    expect(bySource(split)).toEqual(bySource(whole));
  }, 120_000);

  it('forgets a release whose file is gone, in a working folder an earlier build left', async () => {
    const content = path.join(dir, 'content');
    cpSync(contentDir, content, { recursive: true });
    process.env.CONTENT_DIR = content;
    try {
      const work = path.join(dir, 'kept');
      const files = listReleaseFiles(content);
      expect((await releaseRecords(work, files)).map((record) => record.source.file).sort()).toEqual(files);
      const [gone, ...rest] = files;
      rmSync(path.join(content, gone!));
      expect((await releaseRecords(work, listReleaseFiles(content))).map((record) => record.source.file).sort()).toEqual(rest);
    } finally {
      process.env.CONTENT_DIR = contentDir;
    }
  }, 120_000);
});
