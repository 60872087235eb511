import { expect, test } from '@playwright/test';
import { agency } from '../lib/site/agency';
import { locales, release, releasePath } from './helpers';

/**
 * Issue 16: a reader can tell whose site this is and how to reach them.
 * Names, addresses and links come from lib/site/agency.ts, so these tests
 * read them from there (a component that hard-coded them would pass only
 * until the configuration changed; lib/site/agency-neutral.test.ts checks that).
 */
const strings = {
  en: {
    masthead: 'A Singapore Government Agency Website',
    identify: 'How to identify',
    domain: 'Official website links end with .gov.sg',
    https: 'Secure websites use HTTPS',
    siteName: 'Media Centre',
    footerNav: 'About this website',
    footerLinks: { contact: 'Contact', feedback: 'Feedback', reportVulnerability: 'Report Vulnerability', privacy: 'Privacy Statement', terms: 'Terms of Use' },
    lastUpdated: (date: string) => `Last updated ${date}`,
    mediaContact: 'Media contact',
    email: 'E-mail',
    phone: 'Phone',
    afterHours: 'After office hours',
  },
  zh: {
    masthead: '新加坡政府机构网站',
    identify: '如何识别',
    domain: '政府官方网站的网址以 .gov.sg 结尾',
    https: '安全的网站使用 HTTPS',
    siteName: '媒体中心',
    footerNav: '关于本网站',
    footerLinks: { contact: '联系我们', feedback: '意见反馈', reportVulnerability: '报告安全漏洞', privacy: '隐私声明', terms: '使用条款' },
    lastUpdated: (date: string) => `最后更新：${date}`,
    mediaContact: '媒体联络',
    email: '电邮',
    phone: '电话',
    afterHours: '办公时间以外',
  },
} as const;

const pagesOf = (locale: string) => [`/${locale}/`, `/${locale}/media-centre/press-releases/`, `/${locale}/topics/`, releasePath(locale)];

for (const locale of locales) {
  const s = strings[locale];

  test(`${locale}: the government masthead heads every page and opens without JavaScript`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of pagesOf(locale)) {
      await page.goto(new URL(path, baseURL).href);
      // The very first thing in the site header, before the agency's own bar.
      const masthead = page.locator('body > header details').first();
      await expect(masthead, path).toBeVisible();
      const summary = masthead.locator('summary');
      await expect(summary, path).toContainText(s.masthead);
      await expect(summary, path).toContainText(s.identify);
      const first = await page.locator('body > header').evaluate((header) => Boolean(header.firstElementChild?.contains(header.querySelector('details'))));
      expect(first, path).toBe(true);
    }
    // Closed until asked; a click opens it with no script (a native <details>).
    const masthead = page.locator('body > header details').first();
    await expect(masthead.getByText(s.domain)).toBeHidden();
    await masthead.locator('summary').click();
    await expect(masthead).toHaveAttribute('open', '');
    await expect(masthead.getByText(s.domain)).toBeVisible();
    await expect(masthead.getByText(s.https)).toBeVisible();
    await context.close();
  });

  test(`${locale}: the header shows the agency's logo and name, and leads home`, async ({ page }) => {
    for (const path of pagesOf(locale)) {
      await page.goto(path);
      const home = page.locator('body > header').getByRole('link', { name: `${agency.name[locale]} ${s.siteName}` });
      await expect(home, path).toHaveAttribute('href', `/${locale}/`);
      const logo = home.locator('img');
      await expect(logo, path).toHaveAttribute('src', agency.logo);
      // Decorative: the name beside it says who this is.
      await expect(logo, path).toHaveAttribute('alt', '');
      await expect(logo, path).toBeVisible();
      expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), path).toBe(true);
      await expect(home.getByText(agency.name[locale], { exact: true }), path).toBeVisible();
    }
  });

  test(`${locale}: the footer carries the government links, the agency and when this page's content last changed`, async ({ page }) => {
    for (const path of pagesOf(locale)) {
      await page.goto(path);
      const footer = page.locator('body > footer');
      const links = footer.getByRole('navigation', { name: s.footerNav }).getByRole('link');
      const found = await links.evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(found, path).toEqual(agency.footerLinks.map((link) => [s.footerLinks[link.key], link.href]));
      // Every page here shows the release of 14 December 2023: that is the page's date, not today's.
      await expect(footer, path).toContainText(`© 2023 ${agency.name[locale]} · ${s.lastUpdated(release.dates[locale])}`);
    }
  });

  test(`${locale}: the release names its issuers and the agency's media contact`, async ({ page }) => {
    await page.goto(releasePath(locale));
    await expect(page.locator('article > header p').first()).toContainText(release.issuedBy[locale]);
    const contact = page.getByRole('region', { name: s.mediaContact });
    await expect(contact).toBeVisible();
    await expect(contact.getByText(agency.mediaContact.name[locale], { exact: true })).toBeVisible();
    const pairs = await contact
      .locator('dt')
      .evaluateAll((terms) => terms.map((dt) => [dt.textContent, dt.nextElementSibling?.querySelector('a')?.getAttribute('href')]));
    const tel = (number: string) => `tel:${number.replace(/\s/g, '')}`;
    expect(pairs).toEqual([
      [s.email, `mailto:${agency.mediaContact.email}`],
      [s.phone, tel(agency.mediaContact.phone)],
      [s.afterHours, tel(agency.mediaContact.afterHours)],
    ]);
  });
}

test('the 404 page is a page of the site too: masthead, agency, footer links', async ({ page }) => {
  for (const locale of locales) {
    const response = await page.goto(`/${locale}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('body > header details summary')).toContainText(strings[locale].masthead);
    await expect(page.locator('body > header')).toContainText(agency.name[locale]);
    await expect(page.locator('body > footer').getByRole('link')).toHaveCount(3 + agency.footerLinks.length);
  }
});
