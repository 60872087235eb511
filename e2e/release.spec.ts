import { expect, test } from '@playwright/test';
import { expectNoContentScripts, legacyAnnexUrl, releasePath } from './helpers';

test.describe('release page', () => {
  test('English: full body, date, working annex link', async ({ page }) => {
    await page.goto(releasePath('en'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects',
    );
    await expect(page.locator('article time').first()).toHaveText('14 December 2023');
    await expect(page.locator('article time').first()).toHaveAttribute('datetime', '2023-12-14');
    const body = page.locator('article .prose');
    await expect(body.locator('li')).toHaveCount(2);
    await expect(body.locator('p')).toHaveCount(10);
    await expect(body).toContainText('Mayor of Shenzhen Municipal People’s Government, Mr. Qin Weizhong.');
    const annex = body.getByRole('link', { name: 'Annexes A and B' });
    await expect(annex).toHaveAttribute('href', legacyAnnexUrl);
    await expect(annex).toHaveAttribute('rel', 'noopener noreferrer');
    await expectNoContentScripts(page);
  });

  test('Chinese: the translation under /zh/ with lang zh-Hans and a Chinese date', async ({ page }) => {
    await page.goto(releasePath('zh'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('新加坡与深圳推动智慧城市合作，启动14个新项目');
    await expect(page.locator('article time').first()).toHaveText('2023年12月14日');
    const body = page.locator('article .prose');
    await expect(body.locator('p')).toHaveCount(10);
    await expect(body).toContainText('深圳市人民政府市长覃伟中先生');
    await expect(body.getByRole('link', { name: '附件A和附件B' })).toHaveAttribute('href', legacyAnnexUrl);
    await expectNoContentScripts(page);
  });

  test('the language switch leads from the English release to the Chinese one and back', async ({ page }) => {
    await page.goto(releasePath('en'));
    const switcher = page.getByRole('navigation', { name: 'Language' });
    const toChinese = switcher.getByRole('link', { name: '中文' });
    await expect(toChinese).toHaveAttribute('lang', 'zh-Hans');
    await expect(toChinese).toHaveAttribute('hreflang', 'zh-Hans');
    await toChinese.click();
    await expect(page).toHaveURL(releasePath('zh'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('新加坡与深圳推动智慧城市合作，启动14个新项目');
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(releasePath('en'));
  });

  test('the switch is a plain link that works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(releasePath('en'));
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(releasePath('zh'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('新加坡与深圳推动智慧城市合作，启动14个新项目');
    await context.close();
  });
});
