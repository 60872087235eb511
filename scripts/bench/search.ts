/**
 * `npm run bench:search -- --size 1000`: the search index each language
 * ships in the static build of a synthetic archive (`npm run bench:build`
 * leaves it; built when missing): size raw and gzipped (its parts), the body-text shards,
 * and query time in Node and in Chromium with the CPU slowed 4× (Lighthouse's
 * mobile profile), running the bundle the search page ships. Target: ≤ 50 ms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { locales } from '../../i18n/locales';
import { localePath, routes } from '../../lib/routes/paths';
import { search } from '../../lib/search/query';
import type { SearchIndex, SearchManifest } from '../../lib/search/types';
import { benchEnv, corpus, machine, table } from '../lib/bench';
import { measure } from '../lib/measure';

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' } } });
const size = Number(values.size);
const env = benchEnv('static', size, corpus(size));
const out = env.NEXT_DIST_DIR!;
if (!existsSync(path.join(out, 'index.html'))) await measure('npx', ['tsx', 'scripts/static/build.ts', '--full'], env);
const queries = { en: ['digital', 'smart city', 'cybersecurity framework', 'annex', 'zzz-nothing'], zh: ['数码', '智慧城市', '网络安全框架', '附件', '火山'] };

/** Median per-query time in Chromium at 4× CPU slowdown, running lib/search/query.ts as the page bundles it. */
async function phoneProfileMedian(index: SearchIndex[], list: string[]): Promise<number> {
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

const kb = (bytes: number) => Math.round(bytes / 1024);
const rows = [];
for (const locale of locales) {
  const manifest = JSON.parse(readFileSync(path.join(out, localePath(locale, routes.searchIndex()).slice(1)), 'utf8')) as SearchManifest;
  const raws = Array.from({ length: manifest.parts }, (_, part) => readFileSync(path.join(out, localePath(locale, routes.searchIndexPart(part)).slice(1))));
  const index = raws.map((raw) => JSON.parse(raw.toString()) as SearchIndex);
  const shardDir = path.join(out, locale, path.dirname(routes.searchText(0)).slice(1));
  const shards = readdirSync(shardDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readFileSync(path.join(shardDir, name)));
  const times: number[] = [];
  for (let round = 0; round < 50; round += 1) {
    for (const query of queries[locale]) {
      const t0 = performance.now();
      search(index, query);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  rows.push({
    locale,
    releases: index.reduce((sum, part) => sum + part.docs.length, 0),
    'index parts': index.length,
    'index kB (all parts)': kb(raws.reduce((sum, raw) => sum + raw.length, 0)),
    'index kB gzip (all parts)': kb(raws.reduce((sum, raw) => sum + gzipSync(raw).length, 0)),
    'largest part kB gzip': kb(Math.max(...raws.map((raw) => gzipSync(raw).length))),
    'text shards': shards.length,
    'largest shard kB gzip': kb(Math.max(...shards.map((shard) => gzipSync(shard).length))),
    'query ms median (Node)': times[times.length >> 1]!.toFixed(2),
    'query ms p95 (Node)': times[Math.floor(times.length * 0.95)]!.toFixed(2),
    'query ms median (Chromium, 4× slower CPU)': (await phoneProfileMedian(index, queries[locale])).toFixed(2),
  });
}
console.log(`\n### Search, ${size} releases (${new Date().toISOString().slice(0, 10)}, ${machine()})\n\n${table(rows)}\n`);
