/**
 * `npm run bench:cards [-- --releases 200]`: renders the Open Graph cards of a
 * synthetic corpus outside Next and prints ms per card, PNG bytes per card
 * and the process's peak memory. Targets: ≤ 20 ms per card after the first,
 * ≤ 80 kB per PNG.
 */
import { parseArgs } from 'node:util';
import { localeConfig } from '../../i18n/locales';
import en from '../../messages/en.json';
import zh from '../../messages/zh.json';
import { parseExport } from '../../lib/content-check/front-matter';
import { generateCorpus } from '../../lib/corpus';
import { formatDay } from '../../lib/format';
import type { CardData } from '../../lib/og/card-data';
import { renderCardPng } from '../../lib/og/render';
import { site } from '../../lib/site';

const { values } = parseArgs({ options: { releases: { type: 'string', default: '200' } } });
const names = { en: en.Site.name, zh: zh.Site.name };

const cards: CardData[] = [...generateCorpus(Number(values.releases))].map((file) => {
  const parsed = parseExport(file.text);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { title, date } = parsed.data as { title: string; date: string };
  return {
    lang: localeConfig[file.locale].tag,
    agency: site.agency.name[file.locale],
    siteName: names[file.locale],
    title,
    subtitle: formatDay(date, file.locale),
  };
});
const fontTexts = cards.flatMap((card) => [card.title, card.subtitle, card.agency, card.siteName]);

const times: number[] = [];
const sizes: number[] = [];
for (const card of cards) {
  const started = performance.now();
  const png = await renderCardPng(card, fontTexts);
  times.push(performance.now() - started);
  sizes.push(png.length);
}

const [first, ...rest] = times;
const sorted = [...rest].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
const mean = rest.reduce((sum, t) => sum + t, 0) / Math.max(rest.length, 1);
const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.table({
  cards: { value: cards.length },
  'first card ms (font read + subset)': { value: first!.toFixed(0) },
  'ms per card after the first (mean)': { value: mean.toFixed(1) },
  'ms per card (median)': { value: median.toFixed(1) },
  'ms per card (p95)': { value: p95.toFixed(1) },
  'PNG kB (mean)': { value: kb(sizes.reduce((s, b) => s + b, 0) / sizes.length) },
  'PNG kB (max)': { value: kb(Math.max(...sizes)) },
  'peak RSS MB': { value: (process.resourceUsage().maxRSS / 1024).toFixed(0) },
});
