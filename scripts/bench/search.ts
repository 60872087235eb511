/**
 * `npm run bench:search [-- --releases 1000]`: builds the search index of a
 * synthetic corpus per locale and prints its size (raw and gzipped) and the
 * median query time. Node on this machine; a mid-range phone runs the same
 * code roughly 4× slower, so the target of 50 ms there is ~12 ms here.
 */
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
  };
}
console.table(rows);
