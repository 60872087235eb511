import { expect, test } from '@playwright/test';
import { releasePath } from './helpers';

const cases = [
  { locale: 'zh', queries: ['深圳', '智慧城市'], title: '新加坡与深圳推动智慧城市合作，启动14个新项目', none: '没有新闻稿符合“火山”。', count: '共 1 篇新闻稿符合' },
  { locale: 'en', queries: ['Shenzhen', 'smart city', 'MOU'], title: 'Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects', none: 'No press releases match “火山”.', count: '1 press release matches' },
] as const;

for (const { locale, queries, title, none, count } of cases) {
  test.describe(`${locale} search`, () => {
    for (const query of queries) {
      test(`"${query}" finds the release as you type, with the count announced`, async ({ page }) => {
        await page.goto(`/${locale}/search/`);
        const box = page.locator('main').getByRole('searchbox');
        await box.fill(query);
        const status = page.locator('main').getByRole('status');
        await expect(status).toContainText(count);
        await expect(status).toHaveAttribute('aria-live', 'polite');
        const result = page.locator('main ol').getByRole('link', { name: title });
        await expect(result).toHaveAttribute('href', releasePath(locale));
        await expect(page.locator('main ol mark').first()).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query).replace(/%20/g, '\\+')}$`));
      });
    }

    test('no match says so, in the page language', async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent('火山')}`);
      await expect(page.locator('main').getByRole('status')).toHaveText(none);
      await expect(page.locator('main').getByRole('searchbox')).toHaveValue('火山');
    });

    test('a shared ?q= link shows results, and back returns to them', async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(queries[0])}`);
      await page.locator('main ol').getByRole('link', { name: title }).click();
      await expect(page).toHaveURL(releasePath(locale));
      await page.goBack();
      await expect(page.locator('main ol').getByRole('link', { name: title })).toBeVisible();
    });

    test('the header search box on any page leads to the results', async ({ page }) => {
      await page.goto(releasePath(locale));
      const header = page.getByRole('banner');
      await header.getByRole('searchbox').fill(queries[0]);
      await header.getByRole('button').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=`));
      await expect(page.locator('main ol').getByRole('link', { name: title })).toBeVisible();
    });
  });
}

test('half-composed pinyin is not searched: only the composed text is', async ({ page }) => {
  await page.goto('/zh/search/');
  const box = page.locator('main').getByRole('searchbox');
  const indexLoaded = page.waitForResponse((r) => r.url().endsWith('/zh/search-index.json'));
  await box.focus();
  await indexLoaded;
  await box.dispatchEvent('compositionstart');
  await box.fill('shenz');
  await page.waitForTimeout(600);
  // Mid-composition: no search ran, the URL did not change.
  await expect(page.locator('main').getByRole('status')).toHaveText('输入关键词，搜索标题、摘要和全文。');
  await expect(page).toHaveURL(/\/zh\/search\/$/);
  await box.fill('深圳');
  await box.dispatchEvent('compositionend');
  await expect(page.locator('main').getByRole('status')).toContainText('共 1 篇新闻稿符合“深圳”');
});

test('the index loads only when a reader uses search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  for (const path of ['/en/', releasePath('en'), '/en/search/']) await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('search-index'))).toEqual([]);
  await page.locator('main').getByRole('searchbox').focus();
  await expect.poll(() => requested.filter((url) => url.includes('search-index')).length).toBe(1);
});

test('without JavaScript the search page offers the latest releases', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/search/');
  // Playwright's text and role engines skip <noscript>; the rendered text shows what the reader sees.
  const shown = await page.locator('main').innerText();
  expect(shown).toContain('Search needs JavaScript. Browse the latest press releases instead:');
  expect(shown).toContain(cases[1].title);
  await expect(page.locator(`main a[href="${releasePath('en')}"]`)).toBeVisible();
  await context.close();
});
