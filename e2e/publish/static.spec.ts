import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { changes, filesOf, hashes, run, withoutWordBreaks, workspace } from './support';

/**
 * Publishing into a static export: `npm run build:static` run again over an
 * existing `out/` renders only what the change touches, leaves every other
 * file byte for byte as it was, says what it wrote in a manifest, and ends
 * with exactly the files a full build of the same content would make, even
 * after publishes that failed half-way.
 */
test('static: a new, a corrected and a withdrawn release are published by rewriting their dependants only', async () => {
  const site = workspace('publish-static');
  const out = path.join(site.root, 'out');
  const env = { CONTENT_DIR: site.content, NEXT_DIST_DIR: path.relative(process.cwd(), out), PORTAL_DATA_DIR: site.data };
  run('npx', ['tsx', 'scripts/static/build.ts'], env);
  const before = hashes(out);

  changes.apply(site.content);
  // A publish that fails writes no manifest. This one fails in `next build`, before `out/` changes: the next
  // one publishes the change (and only what it changed). One that fails later is at the end.
  const failing = (preload: string) => {
    const result = spawnSync('npx', ['tsx', 'scripts/static/build.ts'], {
      env: { ...process.env, ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(`e2e/publish/${preload}`).href}` },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).not.toBe(0);
    expect(existsSync(path.join(site.data, 'publish-manifest.json'))).toBe(false);
    return result.stderr;
  };
  expect(failing('next-build-fails.mjs')).toContain('next build failed');
  expect(hashes(out)).toEqual(before);
  run('npx', ['tsx', 'scripts/static/build.ts'], env);
  const manifest = JSON.parse(readFileSync(path.join(site.data, 'publish-manifest.json'), 'utf8'));
  const after = hashes(out);
  expect(manifest.mode).toBe('incremental');

  // Only what the manifest names was written or deleted; everything else is untouched.
  const written = new Set<string>(manifest.files.written);
  const deleted = new Set<string>(manifest.files.deleted);
  for (const [file, hash] of before) {
    if (deleted.has(file)) expect(after.has(file), file).toBe(false);
    else if (!written.has(file)) expect(after.get(file), file).toBe(hash);
  }
  for (const file of written) expect(before.get(file), file).not.toBe(after.get(file));
  expect(written.size).toBeLessThan(before.size / 4);

  const read = (file: string) => withoutWordBreaks(readFileSync(path.join(out, file), 'utf8'));
  const release = (locale: string, slug: string) => `${locale}/media-centre/press-releases/${slug}/`;

  // The new release: its pages in both languages, its cards, the side-by-side page, lists, feeds, sitemap, search.
  for (const locale of ['en', 'zh'] as const) {
    expect(read(`${release(locale, changes.newSlug)}index.html`)).toContain(changes.newTitle[locale]);
    expect(existsSync(path.join(out, `${release(locale, changes.newSlug)}og.png`))).toBe(true);
    expect(existsSync(path.join(out, `${release(locale, changes.newSlug)}bilingual/index.html`))).toBe(true);
    expect(read(`${locale}/index.html`)).toContain(changes.newTitle[locale]);
    expect(read(`${locale}/media-centre/press-releases/index.html`)).toContain(changes.newTitle[locale]);
    expect(read(`${locale}/feed.xml`)).toContain(changes.newTitle[locale]);
    expect(read(`${locale}/search-index/0.json`)).toContain(changes.newSlug);
  }
  expect(
    filesOf(path.join(out, 'sitemaps'))
      .map((file) => read(path.join('sitemaps', file)))
      .join(''),
  ).toContain(changes.newSlug);

  // The corrected title, everywhere it is shown.
  expect(read(`${release('en', changes.editedSlug)}index.html`)).toContain(changes.editedTitle);
  expect(read('en/feed.xml')).toContain(changes.editedTitle);
  expect(read('en/search-index/0.json')).toContain(changes.editedTitle);

  // The withdrawn release is gone: its page and card, and from every list, feed, sitemap and index.
  expect(existsSync(path.join(out, `${release('en', changes.removedSlug)}index.html`))).toBe(false);
  expect(existsSync(path.join(out, `${release('en', changes.removedSlug)}og.png`))).toBe(false);
  // Its folder too: an empty one is a 403 on nginx, not the 404 readers should get.
  expect(existsSync(path.join(out, release('en', changes.removedSlug)))).toBe(false);
  const mentions = filesOf(out)
    .filter((file) => /\.(html|xml|json|txt)$|^_redirects$/.test(file))
    .filter((file) => read(file).includes(`/${changes.removedSlug}/`));
  expect(mentions).toEqual([]);
  expect(read('en/search-index/0.json')).not.toContain(`"${changes.removedSlug}"`);
  // What a reader then gets at its URL: the host's answer to any unknown path under /en/ (e2e/static),
  // the English 404 page, which the publish left as it was.
  expect(read('en/404/index.html')).toContain('<html lang="en"');
  expect(written.has('en/404/index.html')).toBe(false);

  // And the result is what a full build of the same content (and the same publishing history) makes.
  const full = workspace('publish-static-full');
  cpSync(path.join(site.data, 'store'), path.join(full.data, 'store'), { recursive: true });
  run('npx', ['tsx', 'scripts/static/build.ts', '--full'], {
    ...env,
    NEXT_DIST_DIR: path.relative(process.cwd(), path.join(full.root, 'out')),
    PORTAL_DATA_DIR: full.data,
  });
  const fullBuild = hashes(path.join(full.root, 'out'));
  const differing = [...new Set([...after.keys(), ...fullBuild.keys()])].filter((file) => after.get(file) !== fullBuild.get(file));
  expect(differing).toEqual([]);

  // A publish that fails while writing into `out/` (a disk that fills up after three files) leaves it matching
  // no state of the store. The editor reverts the change before the next run: what was half written still goes.
  changes.retitle(site.content, changes.editedFile, 'Tax Relief for SMEs (interim title)');
  expect(failing('out-fills-up.mjs')).toContain('ENOSPC');
  expect([...hashes(out)].filter(([file, hash]) => after.get(file) !== hash)).toHaveLength(3);
  changes.retitle(site.content, changes.editedFile, changes.editedTitle);
  run('npx', ['tsx', 'scripts/static/build.ts'], env);
  expect(JSON.parse(readFileSync(path.join(site.data, 'publish-manifest.json'), 'utf8')).mode).toBe('full');
  const recovered = hashes(out);
  expect([...new Set([...recovered.keys(), ...fullBuild.keys()])].filter((file) => recovered.get(file) !== fullBuild.get(file))).toEqual([]);
});
