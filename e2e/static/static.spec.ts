import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { legacyAnnexUrl, permalink, releasePath } from '../helpers';

/** The static export (`out/`) behind the generated nginx config: the core checks of the server build. */

test('the generated nginx config passes nginx -t', () => {
  const output = execFileSync('bash', ['scripts/static/serve-nginx.sh', '--test', '3199'], { encoding: 'utf8', stdio: 'pipe' });
  void output;
});

test('`/` negotiates the language; the file version chooses by script, or English without', async ({ request }) => {
  for (const [accept, target] of [['zh-CN,zh;q=0.9', '/zh/'], ['en-GB', '/en/'], ['fr', '/en/']] as const) {
    const response = await request.get('/', { headers: { 'Accept-Language': accept }, maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(new URL(response.headers().location!, 'http://x').pathname).toBe(target);
  }
  const chooser = readFileSync('out/index.html', 'utf8');
  expect(chooser).toContain('navigator.languages');
  expect(chooser).toMatch(/<noscript><meta http-equiv="refresh" content="0; url=\/en\/"\/?><\/noscript>/);
  expect(chooser).toContain('href="/zh/"');
});

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: release page, language switch, security headers`, async ({ page }) => {
    const response = await page.goto(releasePath(locale));
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'en' : 'zh-Hans');
    await expect(page.locator('article .prose a[href="' + legacyAnnexUrl + '"]')).toHaveCount(1);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toMatch(/max-age/);
    await page.getByRole('navigation', { name: locale === 'en' ? 'Language' : '语言' }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${releasePath(locale === 'en' ? 'zh' : 'en')}$`));
  });

  test(`${locale}: feeds and cards have their content types, compressed when asked`, async ({ request }) => {
    for (const [path, type] of [
      [`/${locale}/feed.xml`, 'application/rss+xml; charset=utf-8'],
      [`/${locale}/atom.xml`, 'application/atom+xml; charset=utf-8'],
      [`/${locale}/feed.json`, 'application/feed+json; charset=utf-8'],
      [`/${locale}/topics/ai/feed.xml`, 'application/rss+xml; charset=utf-8'],
      [`${releasePath(locale)}og.png`, 'image/png'],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toBe(type);
      expect(response.headers()['content-security-policy'], path).toBeTruthy();
    }
    const gzipped = await request.get(`/${locale}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers()['content-encoding']).toBe('gzip');
  });

  test(`${locale}: unknown paths answer 404 in the URL's language`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? 'Page not found' : '找不到页面');
  });
}

test('legacy permalinks: a real 301 from the map, and a redirect page for hosts without rules', async ({ request }) => {
  for (const path of [permalink(), permalink().replace(/\/$/, '')]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(new URL(response.headers().location!, 'http://x').pathname).toBe(releasePath('en'));
  }
  const file = `out${permalink()}index.html`;
  expect(existsSync(file)).toBe(true);
  const html = readFileSync(file, 'utf8');
  expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${releasePath('en')}">`);
  expect(html).toContain(`<link rel="canonical" href="${releasePath('en')}">`);
  expect(readFileSync('out/_redirects', 'utf8')).toContain(`${permalink()} ${releasePath('en')} 301`);
});

test('page 1 of a listing redirects to the listing', async ({ request }) => {
  const response = await request.get('/en/media-centre/press-releases/page/1/', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers().location!, 'http://x').pathname).toBe('/en/media-centre/press-releases/');
});

test('sitemap, robots, search index and hashed assets are served', async ({ request, page }) => {
  expect((await request.get('/sitemap.xml')).status()).toBe(200);
  expect((await request.get('/robots.txt')).status()).toBe(200);
  expect((await request.get('/zh/search-index.json')).status()).toBe(200);
  await page.goto('/en/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script!);
  expect(asset.headers()['cache-control']).toContain('immutable');
});
