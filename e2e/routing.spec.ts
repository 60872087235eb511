import { expect, test } from '@playwright/test';

test.describe('`/` sends readers to their language', () => {
  for (const [acceptLanguage, target] of [
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh/'],
    ['zh-SG', '/zh/'],
    ['en-GB,en;q=0.9', '/en/'],
    ['fr-FR,fr;q=0.9', '/en/'],
  ] as const) {
    test(`Accept-Language ${acceptLanguage} -> ${target}`, async ({ request }) => {
      const response = await request.get('/', {
        headers: { 'Accept-Language': acceptLanguage },
        maxRedirects: 0,
      });
      expect([307, 308]).toContain(response.status());
      expect(new URL(response.headers().location!, 'http://x').pathname).toBe(target);
    });
  }
});

test.describe('unknown paths get a localized 404', () => {
  for (const [path, lang, heading] of [
    ['/en/no-such-page/', 'en', 'Page not found'],
    ['/zh/no-such-page/deeper/', 'zh-Hans', '找不到页面'],
    ['/zh/media-centre/press-releases/no-such-release/', 'zh-Hans', '找不到页面'],
    ['/en/media-centre/press-releases/%3Cscript%3E/', 'en', 'Page not found'],
  ] as const) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    });
  }

  test('the 404 is real HTML, readable without JavaScript', async ({ request }) => {
    const response = await request.get('/zh/no-such-page/');
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="zh-Hans"');
    expect(html).toContain('找不到页面');
  });
});
