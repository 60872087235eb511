/**
 * `npm run bench:cards -- --size 1000`: the Open Graph cards of a synthetic
 * archive (both languages), rendered from its content store (`npm run
 * bench:build` leaves one; the content build makes it when missing):
 *
 * - one at a time in this process: ms per card (first card apart: it reads
 *   and subsets the font), PNG size, peak memory;
 * - all of them through the worker pool the build uses (lib/og/pool.ts),
 *   into an empty cache: wall time; then again: nothing to render.
 *
 * Targets: ≤ 20 ms per card after the first, ≤ 80 kB per PNG; cards off
 * the page renderer's critical path (issue 15).
 */
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel } from '../../lib/content/model';
import { readIndex } from '../../lib/content/store/write';
import { allCardTexts } from '../../lib/og/card-data';
import { renderMissingCards, siteCards } from '../../lib/og/pool';
import { renderCardPng } from '../../lib/og/render';
import { benchEnv, corpus, machine, table } from '../lib/bench';
import { measure } from '../lib/measure';

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' }, sample: { type: 'string', default: '300' } } });
const size = Number(values.size);
const env = benchEnv('server', size, corpus(size));
const store = path.join(env.PORTAL_DATA_DIR!, 'store');
if (!existsSync(store)) await measure('npx', ['tsx', 'scripts/content/build.ts'], env);
const model = buildModel(readIndex(store)!);
const cards = siteCards(model);
const fontTexts = allCardTexts(model);

// One at a time, a sample of the cards.
const sample = cards.filter((_, i) => i % Math.max(1, Math.floor(cards.length / Number(values.sample))) === 0);
const times: number[] = [];
const sizes: number[] = [];
for (const card of sample) {
  const started = performance.now();
  const png = await renderCardPng(card, fontTexts);
  times.push(performance.now() - started);
  sizes.push(png.length);
}
const [first, ...rest] = times;
const sorted = [...rest].sort((a, b) => a - b);

// The pool, into an empty cache, then again over the full cache.
process.env.PORTAL_CACHE_DIR = path.resolve('.portal', `bench-cards-cold-${size}`);
rmSync(process.env.PORTAL_CACHE_DIR, { recursive: true, force: true });
let started = performance.now();
const rendered = await renderMissingCards(model);
const coldMs = performance.now() - started;
started = performance.now();
const again = await renderMissingCards(model);
const warmMs = performance.now() - started;
rmSync(process.env.PORTAL_CACHE_DIR, { recursive: true, force: true });

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const row = {
  cards: cards.length,
  'first card ms (font read + subset)': first!.toFixed(0),
  'ms per card, mean (one at a time)': (rest.reduce((sum, t) => sum + t, 0) / rest.length).toFixed(1),
  'ms per card, p95': sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1),
  'PNG kB mean': kb(sizes.reduce((sum, bytes) => sum + bytes, 0) / sizes.length),
  'PNG kB max': kb(Math.max(...sizes)),
  [`pool, ${availableParallelism()} workers, empty cache s`]: (coldMs / 1000).toFixed(1),
  rendered: rendered,
  'pool, full cache s': (warmMs / 1000).toFixed(1),
  'rendered again': again,
  'peak RSS MB (this process)': (process.resourceUsage().maxRSS / 1024).toFixed(0),
};
console.log(`\n### Open Graph cards, ${size} releases (${new Date().toISOString().slice(0, 10)}, ${machine()})\n\n${table([row])}\n`);
