/**
 * `npm run lighthouse`: Lighthouse (mobile profile) on the home and a release
 * page in both languages, against the production build (`npm run build`
 * first), in Debian's Chromium. Prints the four category scores.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { siteOrigin } from '../../lib/origins.mjs';
import { startServer } from '../lib/server';

const release = '/media-centre/press-releases/singapore-and-shenzhen-drive-smart-city-collaboration/';
const paths = ['/en/', `/en${release}`, '/zh/', `/zh${release}`];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// Served on the port the build's SITE_URL names, so canonical URLs point at the page audited.
const server = await startServer(Number(new URL(siteOrigin()).port || 3000));
const chrome = await chromeLauncher.launch({
  chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: Record<string, Record<string, number>> = {};
try {
  for (const path of paths) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const lhr = result!.lhr;
    rows[path] = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
    if (failing.length) console.log(`${path}: ${failing.map((a) => a.id).join(', ')}`);
  }
} finally {
  await chrome.kill();
  server.stop();
}
console.table(rows);
