import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
// Next's own `_rsc` value for a request's router headers: without it `next start` redirects an RSC request.
import { computeCacheBustingSearchParam } from 'next/dist/shared/lib/router/utils/cache-busting-search-param.js';
import { release, releasePath, releaseSlug } from './helpers';

/**
 * Pages link with plain `<a>`, so no client router prefetches, and Next,
 * patched at install (scripts/install/patch-next.ts), makes no per-segment
 * prefetch data: nearly half of page generation before. What the build
 * writes, and what a prefetch that still arrives gets.
 */
const app = path.resolve('.next-site', 'server', 'app');

/**
 * Every file under `dir`, relative to it. Not lib/publish/export-files' `allFiles`: its imports reach the
 * messages' JSON, which Playwright's loader cannot import without an import attribute.
 */
const allFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });

test('the server build writes each page and its payload, and no per-segment prefetch data', () => {
  const files = allFiles(app);
  const releaseFile = path.join('en', 'media-centre', 'press-releases', releaseSlug);
  for (const suffix of ['.html', '.rsc', '.meta']) expect(files).toContain(releaseFile + suffix);
  expect(files.filter((file) => file.endsWith('.segment.rsc') || file.split(path.sep).some((part) => part.endsWith('.segments')))).toEqual([]);
  const metas = files.filter((file) => file.endsWith('.meta'));
  expect(metas.length).toBeGreaterThan(20);
  expect(metas.filter((file) => 'segmentPaths' in JSON.parse(readFileSync(path.join(app, file), 'utf8')))).toEqual([]);
});

test('a segment prefetch, should one arrive, gets the whole page payload from the cache', async ({ request }) => {
  const headers = { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' } as const;
  const rsc = await computeCacheBustingSearchParam(headers['Next-Router-Prefetch'], headers['Next-Router-Segment-Prefetch'], undefined, undefined);
  const response = await request.get(`${releasePath('en')}?_rsc=${rsc}`, { headers, maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/x-component');
  expect(await response.text()).toContain(release.titles.en);
});
