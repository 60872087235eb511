/**
 * `npm run budget`: weighs each page type of the production build (run
 * `npm run build` first; NEXT_DIST_DIR picks another build): HTML and
 * first-load JavaScript, raw and gzipped. Exits 1 when a release page (either
 * language, or the side-by-side view) is over budget. `npm test` runs it on
 * the real-content build.
 *
 * The budget is what the release page weighs now, with a little room: issue
 * 16 asked for JS ≤ 120 kB and HTML ≤ 8 kB, and neither is reachable on this
 * stack. Of the 133.5 kB of JS, 132 kB is Next 16.4's and React 19.3's own
 * runtime (the same on a page with no component of ours; webpack makes it
 * 143.6 kB); the HTML carries every element twice, as markup and as React's
 * payload (BENCHMARKS.md, "Page weight").
 */
import { gzipSync } from 'node:zlib';
import { startServer } from '../lib/server';

/** Release page, gzipped. */
export const BUDGET = { jsKb: 135, htmlKb: 12.5 };

const pages = {
  home: '/en/',
  list: '/en/media-centre/press-releases/',
  release: '/en/media-centre/press-releases/singapore-and-shenzhen-drive-smart-city-collaboration/',
  'release (zh)': '/zh/media-centre/press-releases/singapore-and-shenzhen-drive-smart-city-collaboration/',
  'side by side': '/en/media-centre/press-releases/singapore-and-shenzhen-drive-smart-city-collaboration/bilingual/',
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
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter(([tag]) => !/\bnoModule\b|\bnomodule\b/.test(tag)).map(([, src]) => src!);
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
const over = ['release', 'release (zh)', 'side by side'].flatMap((name) => {
  const page = rows[name]!;
  return [
    page['JS kB gz']! > BUDGET.jsKb ? `${name}: first-load JS ${page['JS kB gz']} kB gz > ${BUDGET.jsKb} kB` : [],
    page['HTML kB gz']! > BUDGET.htmlKb ? `${name}: HTML ${page['HTML kB gz']} kB gz > ${BUDGET.htmlKb} kB` : [],
  ].flat();
});
if (over.length) {
  console.error(`over budget:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log(`release pages within budget (JS ≤ ${BUDGET.jsKb} kB gz, HTML ≤ ${BUDGET.htmlKb} kB gz)`);
