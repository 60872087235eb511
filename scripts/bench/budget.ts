/**
 * `npm run budget`: weighs each page type of the production build (run
 * `npm run build` first): HTML and first-load JavaScript, raw and gzipped.
 * Exits 1 when the release page is over budget. Budgets are set from
 * measurement (README, "Performance budget").
 */
import { gzipSync } from 'node:zlib';
import { startServer } from '../lib/server';

/** Release page, gzipped. */
export const BUDGET = { jsKb: 160, htmlKb: 8 };

const pages = {
  home: '/en/',
  list: '/en/media-centre/press-releases/',
  release: '/en/media-centre/press-releases/singapore-and-shenzhen-drive-smart-city-collaboration/',
  'release (zh)': '/zh/media-centre/press-releases/singapore-and-shenzhen-drive-smart-city-collaboration/',
  topics: '/en/topics/',
  search: '/en/search/',
  404: '/en/no-such-page/',
};

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
const server = await startServer(Number(process.env.BUDGET_PORT ?? 3210));
const rows: Record<string, Record<string, number>> = {};
const cache = new Map<string, Buffer>();
try {
  for (const [name, path] of Object.entries(pages)) {
    const html = await (await fetch(server.url + path)).text();
    // What a current browser loads: module scripts, not the `nomodule` polyfills.
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
      .filter(([tag]) => !/\bnoModule\b|\bnomodule\b/.test(tag))
      .map(([, src]) => src!);
    let jsRaw = 0;
    let jsGzip = 0;
    for (const src of new Set(scripts)) {
      let body = cache.get(src);
      if (!body) cache.set(src, (body = Buffer.from(await (await fetch(server.url + src)).arrayBuffer())));
      jsRaw += body.length;
      jsGzip += gzipSync(body).length;
    }
    rows[name] = {
      'HTML kB': kb(Buffer.byteLength(html)),
      'HTML kB gz': kb(gzipSync(html).length),
      scripts: new Set(scripts).size,
      'JS kB': kb(jsRaw),
      'JS kB gz': kb(jsGzip),
    };
  }
} finally {
  server.stop();
}
console.table(rows);
const release = rows.release!;
const over = [
  release['JS kB gz']! > BUDGET.jsKb && `first-load JS ${release['JS kB gz']} kB gz > ${BUDGET.jsKb} kB`,
  release['HTML kB gz']! > BUDGET.htmlKb && `HTML ${release['HTML kB gz']} kB gz > ${BUDGET.htmlKb} kB`,
].filter(Boolean);
if (over.length) {
  console.error(`release page over budget: ${over.join('; ')}`);
  process.exit(1);
}
console.log(`release page within budget (JS ≤ ${BUDGET.jsKb} kB gz, HTML ≤ ${BUDGET.htmlKb} kB gz)`);
