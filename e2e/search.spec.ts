import { expect, test, type Page } from '@playwright/test';
import { releasePath } from './helpers';

const cases = [
  {
    locale: 'zh',
    queries: ['深圳', '智慧城市'],
    title: '新加坡与深圳推动智慧城市合作，启动14个新项目',
    none: '没有新闻稿符合“火山”。',
    count: '共 1 篇新闻稿符合',
    // Near the end of the body: the snippet must show it in context, not the body's opening.
    deep: { query: '生物医药', context: '低碳解决方案和生物医药。' },
    // Only in the English release: offered from the other language's index.
    elsewhere: { query: 'biomedicine', status: '没有中文新闻稿符合“biomedicine”。共 1 篇英文新闻稿符合：', lang: 'en', locale: 'en' },
  },
  {
    locale: 'en',
    queries: ['Shenzhen', 'smart city', 'MOU'],
    title: 'Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects',
    none: 'No press releases match “火山”.',
    count: '1 press release matches',
    deep: { query: 'biomedicine', context: 'low-carbon solutions, and biomedicine.' },
    elsewhere: {
      query: '生物医药',
      status: 'No press releases in English match “生物医药”. 1 press release in Chinese matches:',
      lang: 'zh-Hans',
      locale: 'zh',
    },
  },
] as const;

const main = (page: Page) => page.locator('main');
const results = (page: Page) => page.locator('main ol');

for (const { locale, queries, title, none, count, deep, elsewhere } of cases) {
  test.describe(`${locale} search`, () => {
    for (const query of queries) {
      test(`"${query}" finds the release as you type, with the count announced`, async ({ page }) => {
        await page.goto(`/${locale}/search/`);
        await main(page).getByRole('searchbox').fill(query);
        const status = main(page).getByRole('status');
        await expect(status).toContainText(count);
        await expect(status).toHaveAttribute('aria-live', 'polite');
        const result = results(page).getByRole('link', { name: title });
        await expect(result).toHaveAttribute('href', releasePath(locale));
        await expect(result).not.toHaveAttribute('lang');
        await expect(results(page).locator('mark').first()).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query).replace(/%20/g, '\\+')}$`));
      });
    }

    test('a word deep in the body is shown in context, marked, instead of the summary', async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(deep.query)}`);
      const snippet = results(page).locator('article p').last();
      await expect(snippet).toContainText(deep.context);
      await expect(snippet).toHaveText(/^….*…?$/);
      await expect(snippet.locator('mark')).toHaveText([deep.query]);
    });

    test('the page has one search landmark, labelled', async ({ page }) => {
      await page.goto(`/${locale}/search/`);
      await expect(page.getByRole('search')).toHaveCount(1);
      await expect(page.getByRole('search')).toHaveAccessibleName(locale === 'en' ? 'Search press releases' : '搜索新闻稿');
    });

    test('no match in either language says so, in the page language', async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent('火山')}`);
      await expect(main(page).getByRole('status')).toHaveText(none);
      await expect(main(page).getByRole('searchbox')).toHaveValue('火山');
    });

    test('no match in the page language offers the other language, marked as such', async ({ page }) => {
      await page.goto(`/${locale}/search/`);
      await main(page).getByRole('searchbox').fill(elsewhere.query);
      await expect(main(page).getByRole('status')).toHaveText(elsewhere.status);
      const link = results(page).getByRole('link');
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('href', releasePath(elsewhere.locale));
      await expect(link).toHaveAttribute('lang', elsewhere.lang);
      await expect(link).toHaveAttribute('hreflang', elsewhere.lang);
      await expect(results(page).locator('article p').last()).toHaveAttribute('lang', elsewhere.lang);
      await expect(results(page).locator('article p mark').first()).toBeVisible();
    });

    test('a shared ?q= link shows results, and back returns to them', async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(queries[0])}`);
      await results(page).getByRole('link', { name: title }).click();
      await expect(page).toHaveURL(releasePath(locale));
      await page.goBack();
      await expect(results(page).getByRole('link', { name: title })).toBeVisible();
    });

    test('the header search box on any page leads to the results', async ({ page }) => {
      await page.goto(releasePath(locale));
      const header = page.getByRole('banner');
      await header.getByRole('searchbox').fill(queries[0]);
      await header.getByRole('button').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=`));
      await expect(results(page).getByRole('link', { name: title })).toBeVisible();
    });
  });
}

test('a search while typing leaves the box alone: a pause after a space keeps the space', async ({ page }) => {
  await page.goto('/en/search/');
  const box = main(page).getByRole('searchbox');
  await box.pressSequentially('smart ');
  await expect(main(page).getByRole('status')).toContainText('“smart”');
  await box.pressSequentially('city');
  await expect(box).toHaveValue('smart city');
  await expect(main(page).getByRole('status')).toHaveText('1 press release matches “smart city”');
  await expect(page).toHaveURL(/\?q=smart\+city$/);
});

test('a prefix marks the whole word it matched', async ({ page }) => {
  await page.goto('/en/search/?q=shenz');
  await expect(results(page).getByRole('link').locator('mark')).toHaveText(['Shenzhen']);
  await expect(results(page).locator('article p').last().locator('mark').first()).toHaveText('Shenzhen');
});

test('the language switch keeps the query', async ({ page }) => {
  await page.goto('/en/search/');
  await main(page).getByRole('searchbox').fill('Shenzhen');
  await expect(main(page).getByRole('status')).toContainText('1 press release matches');
  const switchLink = page.getByRole('banner').locator('a[data-language-switch]');
  await expect(switchLink).toHaveAttribute('href', '/zh/search/?q=Shenzhen');
  await switchLink.click();
  await expect(page).toHaveURL(/\/zh\/search\/\?q=Shenzhen$/);
  await expect(main(page).getByRole('searchbox')).toHaveValue('Shenzhen');
  // The Chinese release does not say "Shenzhen": the English one is offered.
  await expect(main(page).getByRole('status')).toHaveText('没有中文新闻稿符合“Shenzhen”。共 1 篇英文新闻稿符合：');
  // And back, from a shared link: the switch carries the query before any typing.
  await expect(page.getByRole('banner').locator('a[data-language-switch]')).toHaveAttribute('href', '/en/search/?q=Shenzhen');
});

test('half-composed pinyin is not searched: only the composed text is', async ({ page }) => {
  await page.goto('/zh/search/');
  const box = main(page).getByRole('searchbox');
  const indexLoaded = page.waitForResponse((r) => r.url().endsWith('/zh/search-index/0.json'));
  await box.focus();
  await indexLoaded;
  await box.dispatchEvent('compositionstart');
  await box.fill('shenz');
  await page.waitForTimeout(600);
  // Mid-composition: no search ran, the URL did not change.
  await expect(main(page).getByRole('status')).toHaveText('输入关键词，搜索标题、摘要和全文。');
  await expect(page).toHaveURL(/\/zh\/search\/$/);
  await box.fill('深圳');
  await box.dispatchEvent('compositionend');
  await expect(main(page).getByRole('status')).toContainText('共 1 篇新闻稿符合“深圳”');
});

test('the index loads only when a reader uses search; body texts only for results shown', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const path of ['/en/', releasePath('en'), '/en/search/']) await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('search-'))).toEqual([]);
  await main(page).getByRole('searchbox').focus();
  // The index: what it is made of, then its one part (a small archive's).
  await expect.poll(() => requested.filter((path) => path.includes('search-')).length).toBe(2);
  expect(requested.filter((path) => path.includes('search-'))).toEqual(['/en/search-index.json', '/en/search-index/0.json']);
  await main(page).getByRole('searchbox').fill('biomedicine');
  await expect(results(page).locator('article p').last()).toContainText('biomedicine');
  expect(requested.filter((path) => path.includes('search-'))).toEqual(['/en/search-index.json', '/en/search-index/0.json', '/en/search-text/0.json']);
});

test('a failed index fetch is not kept: the next attempt retries it', async ({ page }) => {
  let attempts = 0;
  await page.route('**/en/search-index.json', (route) => (++attempts <= 2 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
  await page.goto('/en/search/');
  const box = main(page).getByRole('searchbox');
  // Focus fetches the index (fails quietly), typing tries again (fails, and says so), Enter tries a third time.
  const failed = page.waitForResponse((response) => response.url().endsWith('/en/search-index.json'));
  await box.focus();
  await failed;
  await box.fill('Shenzhen');
  await expect(main(page).getByRole('status')).toHaveText('Search is not available right now. Please try again later.');
  await box.press('Enter');
  await expect(main(page).getByRole('status')).toContainText('1 press release matches');
  expect(attempts).toBe(3);
});

test('without JavaScript the search page offers the latest releases', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/search/');
  // Playwright's text and role engines skip <noscript>; the rendered text shows what the reader sees.
  const shown = await main(page).innerText();
  expect(shown).toContain('Search needs JavaScript. Browse the latest press releases instead:');
  expect(shown).toContain(cases[1].title);
  await expect(page.locator(`main a[href="${releasePath('en')}"]`)).toBeVisible();
  await context.close();
});
