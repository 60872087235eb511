import { expect, test } from '@playwright/test';
import { locales, release, releasePath } from './helpers';

const titles = release.titles;
const nav = {
  en: { label: 'Main', home: 'Home', releases: 'Press releases', topics: 'Topics', language: 'Language', search: 'Search press releases' },
  zh: { label: '主导航', home: '首页', releases: '新闻稿', topics: '主题', language: '语言', search: '搜索新闻稿' },
} as const;

for (const locale of locales) {
  const n = nav[locale];

  test(`${locale}: home and list link to the release`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'zh' ? '媒体中心' : 'Media Centre');
    await expect(page.getByRole('link', { name: titles[locale] })).toHaveAttribute('href', releasePath(locale));

    await page.goto(`/${locale}/media-centre/press-releases/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'zh' ? '新闻稿' : 'Press releases');
    await expect(page.getByText(locale === 'zh' ? '共 1 篇新闻稿' : '1 press release', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: titles[locale] }).click();
    await expect(page).toHaveURL(releasePath(locale));
  });

  test(`${locale}: the main navigation marks the current page, and the section of a page inside it`, async ({ page }) => {
    const main = page.getByRole('navigation', { name: n.label });
    const current = async () => main.getByRole('link').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('aria-current')]));
    await page.goto(`/${locale}/`);
    expect(await current()).toEqual([
      [n.home, 'page'],
      [n.releases, null],
      [n.topics, null],
    ]);
    await page.goto(`/${locale}/media-centre/press-releases/`);
    expect(await current()).toEqual([
      [n.home, null],
      [n.releases, 'page'],
      [n.topics, null],
    ]);
    await page.goto(`/${locale}/topics/`);
    expect(await current()).toEqual([
      [n.home, null],
      [n.releases, null],
      [n.topics, 'page'],
    ]);
    // A release is inside "press releases" but is not the list itself.
    await page.goto(releasePath(locale));
    expect(await current()).toEqual([
      [n.home, null],
      [n.releases, 'true'],
      [n.topics, null],
    ]);
    // The marked item is visibly different (its underline bar takes the brand colour).
    const bar = (name: string) => main.getByRole('link', { name, exact: true }).evaluate((a) => getComputedStyle(a).borderBottomColor);
    expect(await bar(n.releases)).not.toBe(await bar(n.home));
  });

  test(`${locale}: no dead ends without topics — no topic links, the topic index says there are none, topic pages are 404`, async ({ page, request }) => {
    const topicLink = 'a[href*="/topics/"]:not([href$="/topics/"])';
    for (const path of [`/${locale}/`, `/${locale}/media-centre/press-releases/`, `/${locale}/media-centre/press-releases/2023/`, releasePath(locale)]) {
      await page.goto(path);
      await expect(page.locator(topicLink), path).toHaveCount(0);
    }
    await page.goto(`/${locale}/topics/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(n.topics);
    await expect(page.getByText(locale === 'zh' ? '目前尚无新闻稿标注主题。' : 'No press release has a topic yet.')).toBeVisible();
    await expect(page.locator(`main ${topicLink}`)).toHaveCount(0);
    // What exists instead, linked: every release, and the years (the real content is of 2023).
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: locale === 'zh' ? '全部新闻稿' : 'All press releases', exact: true })).toHaveAttribute(
      'href',
      `/${locale}/media-centre/press-releases/`,
    );
    await expect(main.locator(`a[href="/${locale}/media-centre/press-releases/2023/"]`)).toHaveCount(1);
    for (const path of [`/${locale}/topics/ai/`, `/${locale}/topics/ai/page/2/`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
    const notFound = await page.goto(`/${locale}/topics/ai/`);
    expect(notFound?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'zh' ? '找不到页面' : 'Page not found');
  });

  test(`${locale}: the header search is a plain form to the search page, left out on the search page itself`, async ({ page }) => {
    await page.goto(`/${locale}/media-centre/press-releases/`);
    const form = page.locator('header').getByRole('search', { name: n.search });
    await expect(form).toHaveAttribute('action', `/${locale}/search/`);
    await expect(form).toHaveAttribute('method', 'get');
    await form.getByRole('searchbox').fill(locale === 'zh' ? '智慧城市' : 'Shenzhen');
    await form.getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=`));
    await expect(page.locator('header').getByRole('search')).toHaveCount(0);
    await expect(page.locator('main').getByRole('search')).toHaveCount(1);
  });

  test(`${locale}: the language switch on the search page keeps the query`, async ({ page }) => {
    const other = locale === 'en' ? 'zh' : 'en';
    const query = locale === 'zh' ? '深圳' : 'Shenzhen';
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    const link = page.getByRole('navigation', { name: n.language }).getByRole('link');
    await expect(link).toHaveAttribute('href', `/${other}/search/?q=${encodeURIComponent(query)}`);
    await link.click();
    await expect(page).toHaveURL(`/${other}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('main').getByRole('searchbox')).toHaveValue(query);
  });
}

test('the Chinese pages carry no English interface text', async ({ page }) => {
  for (const path of ['/zh/', '/zh/media-centre/press-releases/', '/zh/topics/', releasePath('zh')]) {
    await page.goto(path);
    const chrome = await page.locator('header, footer, a[href="#main"]').allInnerTexts();
    // Only the switch's endonym and the feed formats' proper names may be in Latin script.
    const latin = chrome
      .join(' ')
      .replace(/English|RSS|Atom|JSON Feed|HTTPS|https|gov\.sg|go\.gov\.sg\/open/g, '')
      .match(/[A-Za-z]{3,}/g);
    expect(latin, path).toBeNull();
  }
});

test('a skip link leads to the main content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('links are plain: the home page prefetches nothing after it loads', async ({ page }) => {
  const requests: string[] = [];
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  page.on('request', (request) => {
    // A client router's fetches carry the RSC headers whatever their URL looks like.
    const headers = request.headers();
    requests.push(headers.rsc || headers['next-router-prefetch'] ? `RSC ${request.url()}` : request.url());
  });
  // Hovering and scrolling are what trigger a client router's prefetches.
  for (const link of await page.locator('main a, header nav a').all()) await link.hover();
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(1500);
  const prefetches = requests.filter((url) => /^RSC |[?&]_rsc=|\.txt(\?|$)|__next\.|\/_next\/data\//.test(url));
  expect(prefetches).toEqual([]);
  // And the links themselves are ordinary anchors to full pages.
  const flight = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /_rsc=|\.txt(\?|$)/.test(name)),
  );
  expect(flight).toEqual([]);
});
