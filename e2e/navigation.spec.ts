import { expect, test } from '@playwright/test';
import { releasePath } from './helpers';

const titles = {
  en: 'Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects',
  zh: '新加坡与深圳推动智慧城市合作，启动14个新项目',
} as const;

for (const locale of ['en', 'zh'] as const) {
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
}

test('the Chinese pages carry no English interface text', async ({ page }) => {
  for (const path of ['/zh/', '/zh/media-centre/press-releases/', releasePath('zh')]) {
    await page.goto(path);
    const chrome = await page.locator('header, footer, a[href="#main"]').allInnerTexts();
    // Only the switch's endonym and the feed formats' proper names may be in Latin script.
    const latin = chrome.join(' ').replace(/English|RSS|Atom|JSON Feed/g, '').match(/[A-Za-z]{3,}/g);
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
