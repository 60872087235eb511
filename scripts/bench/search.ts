/**
 * `npm run bench:search [-- --releases 1000]`: builds the search index of a
 * synthetic corpus per locale and prints its size (raw and gzipped) and the
 * median query time: in Node, and in Chromium with the CPU slowed 4×
 * (Lighthouse's mid-range phone profile), where the target is ≤ 50 ms.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { localeConfig } from '../../i18n/locales';
import { cleanBody } from '../../lib/body';
import { parseExport } from '../../lib/content-check/front-matter';
import type { Release } from '../../lib/content';
import { generateCorpus } from '../../lib/corpus';
import { buildSearchIndex } from '../../lib/search/build-index';
import { search } from '../../lib/search/query';
import type { SearchIndex } from '../../lib/search/types';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';

const { values } = parseArgs({ options: { releases: { type: 'string', default: '1000' } } });
const links = { publicDir: path.resolve('public'), legacyOrigin: 'https://legacy.example', legacyPathPrefixes: ['/files/'] };
const queries = { en: ['digital', 'smart city', 'cybersecurity framework', 'annex', 'zzz-nothing'], zh: ['数码', '智慧城市', '网络安全框架', '附件', '火山'] };

const releases: Record<'en' | 'zh', Release[]> = { en: [], zh: [] };
for (const file of generateCorpus(Number(values.releases))) {
  const parsed = parseExport(file.text);
  if (!parsed.ok) throw new Error(parsed.reason);
  const data = parsed.data as { title: string; permalink: string; date: string; description: string };
  const body = await cleanBody(parsed.body, 'tiptap', links);
  releases[file.locale].push({
    locale: file.locale,
    slug: data.permalink.split('/').filter(Boolean).at(-1)!,
    title: data.title,
    permalink: data.permalink,
    date: data.date,
    summary: data.description,
    html: body.html,
    text: body.text,
    topics: [],
    sourceFile: file.name,
  });
}

/**
 * The same queries in Chromium with the CPU slowed 4× (Lighthouse's mobile
 * profile), running the bundle the search page ships.
 */
async function phoneProfileMedian(index: SearchIndex, list: string[]): Promise<number> {
  const bundle = await build({
    stdin: { contents: "import { search } from './lib/search/query'; globalThis.portalSearch = search;", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
  });
  const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return await page.evaluate(
      ({ index, list }) => {
        const run = (globalThis as unknown as { portalSearch: (i: unknown, q: string) => unknown[] }).portalSearch;
        // A browser's clock is coarse (0.1 ms): time 20 runs of each query and take the per-run mean.
        const perQuery = list.map((query) => {
          const t0 = performance.now();
          for (let round = 0; round < 20; round += 1) run(index, query);
          return (performance.now() - t0) / 20;
        });
        return perQuery.sort((a, b) => a - b)[perQuery.length >> 1]!;
      },
      { index, list },
    );
  } finally {
    await browser.close();
  }
}

const rows: Record<string, Record<string, string | number>> = {};
for (const locale of ['en', 'zh'] as const) {
  const started = performance.now();
  const index = buildSearchIndex(releases[locale], localeConfig[locale].tag);
  const buildMs = performance.now() - started;
  const json = JSON.stringify(index);
  const times: number[] = [];
  for (let round = 0; round < 50; round += 1) {
    for (const query of queries[locale]) {
      const t0 = performance.now();
      search(index, query);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  rows[locale] = {
    releases: releases[locale].length,
    terms: index.terms.length,
    'build ms': buildMs.toFixed(0),
    'index kB raw': (json.length / 1024).toFixed(0),
    'index kB gzip': (gzipSync(json).length / 1024).toFixed(0),
    'query ms median': times[times.length >> 1]!.toFixed(2),
    'query ms p95': times[Math.floor(times.length * 0.95)]!.toFixed(2),
    'query ms median, Chromium 4× CPU slowdown': (await phoneProfileMedian(index, queries[locale])).toFixed(2),
  };
}
console.table(rows);
