import { expect, test } from '@playwright/test';
import { expectNoContentScripts, legacyAnnexUrl, locales, release, releasePath } from './helpers';

const strings = {
  en: {
    issuedBy: 'Issued by',
    attachments: 'Attachments',
    annex: 'Annexes A and B',
    annexMeta: 'PDF · English',
    sideBySide: 'Read English and Chinese side by side',
    backToList: 'All press releases',
  },
  zh: {
    issuedBy: '发布机构',
    attachments: '附件',
    annex: '附件A和附件B',
    annexMeta: 'PDF · 英文',
    sideBySide: '中英对照阅读',
    backToList: '全部新闻稿',
  },
} as const;

test.describe('release page', () => {
  test('English: full body, date, working annex link', async ({ page }) => {
    await page.goto(releasePath('en'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.titles.en);
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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.titles.zh);
    await expect(page.locator('article time').first()).toHaveText('2023年12月14日');
    const body = page.locator('article .prose');
    await expect(body.locator('p')).toHaveCount(10);
    await expect(body).toContainText('深圳市人民政府市长覃伟中先生');
    await expect(body.getByRole('link', { name: '附件A和附件B' })).toHaveAttribute('href', legacyAnnexUrl);
    await expectNoContentScripts(page);
  });

  for (const locale of locales) {
    const s = strings[locale];

    test(`${locale}: issuers line, date, attachment card, side-by-side link`, async ({ page }) => {
      await page.goto(releasePath(locale));
      const header = page.locator('article > header');
      // `issuers: [mci, imda]`: both, in the page's language, before the title; screen readers hear "Issued by".
      const issuers = header.locator('p').first();
      // Chinese punctuation on the Chinese page: the full-width colon, no space.
      await expect(issuers).toHaveText(`${s.issuedBy}${locale === 'zh' ? '：' : ': '}${release.issuedBy[locale]}`);
      await expect(issuers).toBeVisible();
      await expect(header.getByRole('heading', { level: 1 })).toHaveText(release.titles[locale]);
      await expect(header.locator('time')).toHaveText(release.dates[locale]);

      // The annex as a card after the body: its title, format and language.
      const card = page.getByRole('region', { name: s.attachments });
      await expect(card.getByRole('listitem')).toHaveCount(1);
      const link = card.getByRole('link', { name: s.annex });
      await expect(link).toHaveAttribute('href', legacyAnnexUrl);
      // The annex is an English document on both pages.
      await expect(link).toHaveAttribute('hreflang', 'en');
      await expect(card.getByRole('listitem')).toContainText(s.annexMeta);

      await expect(page.getByRole('link', { name: s.backToList, exact: true }).last()).toHaveAttribute('href', `/${locale}/media-centre/press-releases/`);
      const sideBySide = page.getByRole('link', { name: s.sideBySide });
      await expect(sideBySide).toHaveAttribute('href', `${releasePath(locale)}bilingual/`);
      await sideBySide.click();
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : 'en');
      await expect(page.locator('[lang="zh-Hans"]').filter({ hasText: '深圳市人民政府市长覃伟中先生' }).first()).toBeVisible();
    });

    test(`${locale}: a release without neighbours, related releases or topics leaves no empty aside`, async ({ page }) => {
      await page.goto(releasePath(locale));
      await expect(page.locator('aside')).toHaveCount(0);
      // Nothing between the article and the footer.
      const after = await page.locator('main > article').evaluate((article) => {
        const siblings: string[] = [];
        for (let next = article.nextElementSibling; next; next = next.nextElementSibling) siblings.push(next.outerHTML);
        return siblings;
      });
      expect(after).toEqual([]);
    });
  }

  test('the language switch leads from the English release to the Chinese one and back', async ({ page }) => {
    await page.goto(releasePath('en'));
    const switcher = page.getByRole('navigation', { name: 'Language' });
    const toChinese = switcher.getByRole('link', { name: '中文' });
    await expect(toChinese).toHaveAttribute('lang', 'zh-Hans');
    await expect(toChinese).toHaveAttribute('hreflang', 'zh-Hans');
    await toChinese.click();
    await expect(page).toHaveURL(releasePath('zh'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.titles.zh);
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(releasePath('en'));
  });

  test('the switch is a plain link that works without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(releasePath('en'), baseURL).href);
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(new RegExp(`${releasePath('zh')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.titles.zh);
    await context.close();
  });
});
