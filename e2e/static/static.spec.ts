import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { legacyAnnexUrl, locales, permalink, release, releasePath, staticOut } from '../helpers';

/** The static export (`out/`) behind the generated nginx config: the core checks of the server build. */

test('the generated nginx config passes nginx -t', () => {
  // Reads the host config of the build under test (PORTAL_DATA_DIR, as serve-nginx.sh does); throws if nginx -t fails.
  execFileSync('bash', ['scripts/static/serve-nginx.sh', '--test', '3199'], { encoding: 'utf8', stdio: 'pipe' });
});

test('`/` negotiates the language by Accept-Language, and says so to caches', async ({ request }) => {
  for (const [accept, target] of [
    ['zh-CN,zh;q=0.9', '/zh/'],
    ['en-GB', '/en/'],
    ['fr', '/en/'],
    ['fr, zh;q=0.8', '/zh/'],
  ] as const) {
    const response = await request.get('/', { headers: { 'Accept-Language': accept }, maxRedirects: 0 });
    expect(response.status(), accept).toBe(302);
    expect(new URL(response.headers().location!, 'http://x').pathname, accept).toBe(target);
    expect(response.headers().vary, accept).toMatch(/Accept-Language/i);
  }
});

test('each page is its HTML and its payload, with no per-segment prefetch files (scripts/install/patch-next.ts)', () => {
  const folder = path.join(staticOut, releasePath('en'));
  const files = readdirSync(folder);
  expect(files).toEqual(expect.arrayContaining(['index.html', 'index.txt']));
  expect(readFileSync(path.join(folder, 'index.txt'), 'utf8')).toContain(release.titles.en);
  const everything = readdirSync(staticOut, { recursive: true, encoding: 'utf8' });
  expect(everything.length).toBeGreaterThan(100);
  expect(everything.filter((file) => path.basename(file).startsWith('__next.'))).toEqual([]);
});

/**
 * Opens a file of the export as a host without rules would serve it (here, at a path nginx does not
 * know, so only the file's own script or meta refresh can move the reader on) in a browser whose
 * languages are `languages`, and returns the path it ends on.
 */
async function landingOf(browser: Browser, baseURL: string, file: string, languages: string | undefined, javaScriptEnabled = true) {
  const context = await browser.newContext({ ...(languages ? { locale: languages } : {}), javaScriptEnabled });
  const page = await context.newPage();
  const html = readFileSync(path.join(staticOut, file), 'utf8');
  await page.route('**/__file-under-test__', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(new URL('/__file-under-test__', baseURL).href);
  await page.waitForURL((url) => !url.pathname.includes('__file-under-test__'));
  await page.waitForLoadState();
  const landed = new URL(page.url()).pathname;
  const lang = await page.locator('html').getAttribute('lang');
  await context.close();
  return { landed, lang };
}

test('out/index.html chooses the language from navigator.languages with the same negotiation, English without script', async ({ browser, baseURL }) => {
  const chooser = readFileSync(path.join(staticOut, 'index.html'), 'utf8');
  expect(chooser).toContain('navigator.languages');
  expect(chooser).toMatch(/<noscript><meta http-equiv="refresh" content="0; url=\/en\/"\/?><\/noscript>/);
  expect(chooser).toContain('href="/zh/"');
  expect(await landingOf(browser, baseURL!, 'index.html', 'zh-CN')).toEqual({ landed: '/zh/', lang: 'zh-Hans' });
  expect(await landingOf(browser, baseURL!, 'index.html', 'zh-SG')).toEqual({ landed: '/zh/', lang: 'zh-Hans' });
  expect(await landingOf(browser, baseURL!, 'index.html', 'en-US')).toEqual({ landed: '/en/', lang: 'en' });
  expect(await landingOf(browser, baseURL!, 'index.html', 'fr-FR')).toEqual({ landed: '/en/', lang: 'en' });
  expect(await landingOf(browser, baseURL!, 'index.html', 'zh-CN', false)).toEqual({ landed: '/en/', lang: 'en' });
});

for (const locale of locales) {
  test(`${locale}: release page, language switch, security headers`, async ({ page }) => {
    const response = await page.goto(releasePath(locale));
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'en' : 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.titles[locale]);
    await expect(page.locator('article .prose a[href="' + legacyAnnexUrl + '"]')).toHaveCount(1);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toMatch(/max-age/);
    // No hreflang in an HTTP header: the page's head is the one source.
    expect(headers.link).toBeUndefined();
    await page
      .getByRole('navigation', { name: locale === 'en' ? 'Language' : '语言' })
      .getByRole('link')
      .click();
    await expect(page).toHaveURL(new RegExp(`${releasePath(locale === 'en' ? 'zh' : 'en')}$`));
  });

  test(`${locale}: feeds, cards and icons have their content types, compressed when asked`, async ({ request }) => {
    for (const [file, type] of [
      [`/${locale}/feed.xml`, 'application/rss+xml; charset=utf-8'],
      [`/${locale}/atom.xml`, 'application/atom+xml; charset=utf-8'],
      [`/${locale}/feed.json`, 'application/feed+json; charset=utf-8'],
      [`${releasePath(locale)}og.png`, 'image/png'],
      ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)$/],
      ['/apple-icon.png', 'image/png'],
    ] as const) {
      const response = await request.get(file);
      expect(response.status(), file).toBe(200);
      if (typeof type === 'string') expect(response.headers()['content-type'], file).toBe(type);
      else expect(response.headers()['content-type'], file).toMatch(type);
      expect(response.headers()['content-security-policy'], file).toBeTruthy();
    }
    const gzipped = await request.get(`/${locale}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers()['content-encoding']).toBe('gzip');
    // The real content has no topics: no topic feed, no topic page.
    expect((await request.get(`/${locale}/topics/ai/feed.xml`)).status()).toBe(404);
    expect((await request.get(`/${locale}/topics/ai/`)).status()).toBe(404);
  });

  test(`${locale}: unknown paths answer 404 in the URL's language`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? 'Page not found' : '找不到页面');
  });
}

test('legacy permalinks: a real 301 to the reader’s language from nginx, and redirect pages and rules for other hosts', async ({
  request,
  browser,
  baseURL,
}) => {
  for (const path of [permalink(), permalink().replace(/\/$/, '')]) {
    for (const [accept, locale] of [
      [undefined, 'en'],
      ['en-GB', 'en'],
      ['zh-CN', 'zh'],
      ['fr, zh;q=0.8', 'zh'],
    ] as const) {
      const response = await request.get(path, { maxRedirects: 0, headers: accept ? { 'Accept-Language': accept } : {} });
      expect(response.status(), `${path} ${accept}`).toBe(301);
      expect(new URL(response.headers().location!, 'http://x').pathname, `${path} ${accept}`).toBe(releasePath(locale));
      expect(response.headers().vary, `${path} ${accept}`).toMatch(/Accept-Language/i);
    }
  }
  // Hosts with no rules at all serve the redirect page: it negotiates in the browser, English without script.
  const file = path.join(staticOut, permalink(), 'index.html');
  expect(existsSync(file)).toBe(true);
  const html = readFileSync(file, 'utf8');
  expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${releasePath('en')}">`);
  expect(html).toContain(`<link rel="canonical" href="${releasePath('en')}">`);
  const relative = path.join(permalink(), 'index.html');
  expect(await landingOf(browser, baseURL!, relative, 'zh-CN')).toEqual({ landed: releasePath('zh'), lang: 'zh-Hans' });
  expect(await landingOf(browser, baseURL!, relative, 'en-SG')).toEqual({ landed: releasePath('en'), lang: 'en' });
  expect(await landingOf(browser, baseURL!, relative, 'zh-CN', false)).toEqual({ landed: releasePath('en'), lang: 'en' });
  // Hosts with `_redirects` (Netlify-style): the Chinese rule first, conditioned on the language.
  const rules = readFileSync(path.join(staticOut, '_redirects'), 'utf8');
  expect(rules).toContain(`${permalink()} ${releasePath('zh')} 301 Language=zh\n${permalink()} ${releasePath('en')} 301\n`);
});

test('pages named without their locale go to the reader’s language; a missing slash is added', async ({ request }) => {
  for (const [path, accept, target] of [
    ['/topics/', 'zh-CN', '/zh/topics/'],
    ['/topics', 'zh-CN', '/zh/topics/'],
    ['/media-centre/press-releases/', 'fr, zh;q=0.8', '/zh/media-centre/press-releases/'],
    ['/media-centre/press-releases/2023/', 'en-SG', '/en/media-centre/press-releases/2023/'],
    ['/en/media-centre/press-releases', '', '/en/media-centre/press-releases/'],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0, headers: accept ? { 'Accept-Language': accept } : {} });
    expect([301, 302, 308], path).toContain(response.status());
    expect(new URL(response.headers().location!, 'http://x').pathname, `${path} [${accept}]`).toBe(target);
  }
  // Numbered pages count from the oldest release: with one release there is no page 1 to redirect.
  const pageOne = await request.get('/en/media-centre/press-releases/page/1/', { maxRedirects: 0 });
  expect(pageOne.status()).toBe(404);
});

test('the sitemap index and its sitemaps, robots, search index and hashed assets are served', async ({ request, page }) => {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toContain('xml');
  const sitemaps = [...(await index.text()).matchAll(/<loc>[^<]*(\/sitemaps\/sitemap\/[^<]+\.xml)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemaps).toEqual(['/sitemaps/sitemap/pages.xml', '/sitemaps/sitemap/releases-2023.xml']);
  for (const sitemap of sitemaps) {
    const response = await request.get(sitemap);
    expect(response.status(), sitemap).toBe(200);
    expect(response.headers()['content-type'], sitemap).toContain('xml');
    expect(await response.text(), sitemap).toContain(`<lastmod>${release.published}</lastmod>`);
  }
  expect((await request.get('/robots.txt')).status()).toBe(200);
  expect((await request.get('/zh/search-index.json')).status()).toBe(200);
  await page.goto('/en/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script!);
  expect(asset.headers()['cache-control']).toContain('immutable');
});
