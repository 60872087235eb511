import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../lib/content/corpus';
import { readIndex } from '../../lib/content/store/write';
import { buildTestStore } from '../../lib/testing/store';

const root = mkdtempSync(path.join(tmpdir(), 'ut-watch-'));
const content = path.join(root, 'content');
const data = path.join(root, 'data');
const stopped: (() => void)[] = [];
afterAll(() => {
  stopped.forEach((stop) => stop());
  rmSync(root, { recursive: true, force: true });
});

const release = (title: string, slug: string) =>
  `---\n${title ? `title: "${title}"\n` : ''}permalink: "/media-centre/press-releases/${slug}/"\ndate: "2026-11-20"\ndescription: "Watched."\n---\nBody.\n`;
const releasesInStore = () => readIndex(path.join(data, 'store'))!.releases;
const titleInStore = (slug: string) => releasesInStore().find((r) => r.slug === slug)?.title;
const slugsInStore = () => releasesInStore().map((r) => r.slug);

describe('npm run publish -- --watch', () => {
  it('publishes what lands in the content folder, and holds back a batch with an error until it is fixed', { timeout: 60_000 }, async () => {
    writeCorpus(content, 12, 5);
    await buildTestStore(content, path.join(data, 'store'));
    // --store-only: no server here; the rounds stop once the store is updated.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/publish.ts', '--watch', '--store-only'], {
      env: { ...process.env, CONTENT_DIR: content, PORTAL_DATA_DIR: data },
    });
    stopped.push(() => child.kill());
    let said = '';
    child.stdout.on('data', (chunk) => (said += chunk));
    child.stderr.on('data', (chunk) => (said += chunk));
    const saying = async (pattern: RegExp, from: number) => {
      const started = Date.now();
      while (!pattern.test(said.slice(from))) {
        if (Date.now() - started > 20_000) throw new Error(`the publisher did not say ${pattern}:\n${said}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await saying(/nothing changed/, 0);

    // One batch: a good release and a broken one (no title). Nothing of it is applied, and the error names the file.
    let from = said.length;
    writeFileSync(path.join(content, 'releases/en/2026-11-20-watched-good.md'), release('A watched release', 'watched-good'));
    writeFileSync(path.join(content, 'releases/en/2026-11-20-watched-broken.md'), release('', 'watched-broken'));
    await saying(/content check: 1 error/, from);
    expect(said.slice(from)).toMatch(/watched-broken\.md/);
    expect(slugsInStore()).not.toContain('watched-good');

    // The broken file goes: the next round applies the good one too, though the watcher saw it only in the failed batch.
    from = said.length;
    rmSync(path.join(content, 'releases/en/2026-11-20-watched-broken.md'));
    await saying(/store updated \(1 file\(s\) changed, 0 removed\)/, from);
    expect(slugsInStore()).toContain('watched-good');

    // Replaced by rename, as editors and CMS exports write, then edited in place: both are seen.
    const replaced = path.join(content, 'releases/en/2026-11-20-watched-good.md');
    from = said.length;
    writeFileSync(`${replaced}.tmp`, release('A watched release, replaced', 'watched-good'));
    renameSync(`${replaced}.tmp`, replaced);
    await saying(/store updated \(1 file\(s\) changed/, from);
    from = said.length;
    writeFileSync(replaced, release('A watched release, edited in place', 'watched-good'));
    await saying(/store updated \(1 file\(s\) changed/, from);
    expect(titleInStore('watched-good')).toBe('A watched release, edited in place');

    // A language folder moved out, then back in (the same path, a new folder): watched again from then on.
    const zh = path.join(content, 'releases/zh');
    const zhCount = readdirSync(zh).length;
    from = said.length;
    renameSync(zh, path.join(root, 'zh-away'));
    await saying(new RegExp(`store updated \\(0 file\\(s\\) changed, ${zhCount} removed\\)`), from);
    from = said.length;
    renameSync(path.join(root, 'zh-away'), zh);
    await saying(new RegExp(`store updated \\(${zhCount} file\\(s\\) changed, 0 removed\\)`), from);
    from = said.length;
    const zhFile = path.join(zh, readdirSync(zh)[0]!);
    writeFileSync(zhFile, readFileSync(zhFile, 'utf8').replace(/^title: .*$/m, 'title: "搬回后再改"'));
    await saying(/store updated \(1 file\(s\) changed, 0 removed\)/, from);

    // A withdrawal: the file is gone, and only the watcher can name it.
    from = said.length;
    const withdrawn = readdirSync(path.join(content, 'releases/zh')).find((name) => name.endsWith('00004.md'))!;
    rmSync(path.join(content, 'releases/zh', withdrawn));
    await saying(/store updated \(0 file\(s\) changed, 1 removed\)/, from);
    expect(releasesInStore()).not.toContainEqual(expect.objectContaining({ locale: 'zh', slug: 'synthetic-release-00004' }));
  });
});
