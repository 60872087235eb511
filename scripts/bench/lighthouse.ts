/**
 * `npm run lighthouse`: Lighthouse (mobile profile) on every page type in
 * both languages, served as operators deploy it, at the build's SITE_URL:
 * nginx in front of `next start` (scripts/host/server-shape.ts), with
 * Chromium resolving the SITE_URL host to it, so canonical and hreflang
 * URLs name the page audited. Prints the four category scores per page and
 * every failing audit; exits 1 when an SEO score is below 100.
 *
 *   NEXT_DIST_DIR=.next-site SITE_URL=http://media.example.test npm run lighthouse
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const siteUrl = new URL(process.env.SITE_URL ?? 'http://media.example.test');
const port = 3803;
const local = `http://127.0.0.1:${port}`;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const shape = spawn(
  'npx',
  ['tsx', 'scripts/host/server-shape.ts', '--port', String(port), '--first-port', '3805', '--processes', '1', '--redis-port', '6398'],
  {
    env: { ...process.env, REDIS_URL: '' },
    stdio: 'ignore',
    detached: true,
  },
);
const stop = () => {
  try {
    process.kill(-shape.pid!, 'SIGTERM');
  } catch {
    // gone
  }
};
process.on('exit', stop);
for (let i = 0; ; i += 1) {
  try {
    if ((await fetch(`${local}/en/`)).ok) break;
  } catch {
    if (i > 300) throw new Error('the server shape did not come up (is there a build? NEXT_DIST_DIR names it)');
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const home = await (await fetch(`${local}/en/`)).text();
if (!home.includes(`href="${siteUrl.origin}/en/"`)) {
  console.error(
    `this build's canonical URLs do not name ${siteUrl.origin}: build with SITE_URL=${siteUrl.origin}, or set SITE_URL to the one it was built with`,
  );
  process.exit(2);
}

/** The first link on `page` matching `pattern`: page types found on the site itself, not hard-coded slugs. */
async function firstLink(page: string, pattern: RegExp): Promise<string | undefined> {
  const html = await (await fetch(local + page)).text();
  return [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(siteUrl.origin, '')).find((href) => pattern.test(href));
}

const release = await firstLink('/en/media-centre/press-releases/', /^\/en\/media-centre\/press-releases\/[^/]+\/$/);
if (!release) throw new Error('no release linked from the list: is the build empty?');
const pageTypes: Record<string, string | undefined> = {
  home: '/en/',
  list: '/en/media-centre/press-releases/',
  year: await firstLink('/en/media-centre/press-releases/', /^\/en\/media-centre\/press-releases\/\d{4}\/$/),
  release,
  'side by side': `${release}bilingual/`,
  topics: '/en/topics/',
  // Topics without releases are not offered: a site whose releases name none has no topic page.
  topic: await firstLink('/en/topics/', /^\/en\/topics\/[^/]+\/$/),
  search: '/en/search/',
};
const absent = Object.keys(pageTypes).filter((type) => !pageTypes[type]);
if (absent.length) console.log(`not on this site (no link to one): ${absent.join(', ')}`);
const pages = Object.entries(pageTypes).flatMap(([type, path]) =>
  path
    ? [
        [`${type} (en)`, path],
        [`${type} (zh)`, path.replace(/^\/en\//, '/zh/')],
      ]
    : [],
);

const chrome = await chromeLauncher.launch({
  chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=MAP ${siteUrl.hostname}:${siteUrl.port || 80} 127.0.0.1:${port}`,
  ],
});
const rows: Record<string, Record<string, number | string>> = {};
let seoBelow100 = 0;
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(siteUrl.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const lhr = result!.lhr;
    rows[name!] = { path: path!, ...Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) };
    if ((lhr.categories.seo?.score ?? 0) < 1) seoBelow100 += 1;
    const failing = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative');
    if (failing.length) console.log(`${name}: ${failing.map((audit) => `${audit.id} (${audit.score})`).join(', ')}`);
  }
} finally {
  await chrome.kill();
  stop();
}
console.table(rows);
if (seoBelow100) {
  console.error(`${seoBelow100} page(s) score below 100 for SEO`);
  process.exit(1);
}
