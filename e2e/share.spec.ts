import { expect, test, type Page } from '@playwright/test';
import { releasePath, siteUrl } from './helpers';

/**
 * Sharing a release (components/releases/Share.tsx): plain links that load
 * nothing of the platforms, a copy button only where it works, and a QR code
 * of the page's public address, on request on screen and always on paper.
 */
const strings = {
  en: {
    title: 'Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects',
    heading: 'Share this press release',
    email: 'E-mail',
    newTab: '(opens in a new tab)',
    copy: 'Copy link',
    copied: 'Link copied',
    showQr: 'Show QR code',
    qr: 'QR code of this page’s address',
  },
  zh: {
    title: '新加坡与深圳推动智慧城市合作，启动14个新项目',
    heading: '分享本新闻稿',
    email: '电邮',
    newTab: '（在新标签页中打开）',
    copy: '复制链接',
    copied: '链接已复制',
    showQr: '显示二维码',
    qr: '本页网址的二维码',
  },
} as const;

/** Share page (origin + path) and the parameters that must carry the page URL and title. */
const platforms = [
  { name: 'WhatsApp', page: 'https://wa.me/', params: (url: string, title: string) => ({ text: `${title} ${url}` }) },
  { name: 'Telegram', page: 'https://t.me/share/url', params: (url: string, title: string) => ({ url, text: title }) },
  { name: 'LinkedIn', page: 'https://www.linkedin.com/sharing/share-offsite/', params: (url: string) => ({ url }) },
  { name: 'Facebook', page: 'https://www.facebook.com/sharer/sharer.php', params: (url: string) => ({ u: url }) },
  { name: 'X', page: 'https://x.com/intent/post', params: (url: string, title: string) => ({ url, text: title }) },
];

const shareRegion = (page: Page, locale: keyof typeof strings) => page.getByRole('region', { name: strings[locale].heading });

for (const locale of ['en', 'zh'] as const) {
  const s = strings[locale];
  const pageUrl = `${siteUrl}${releasePath(locale)}`;

  test.describe(`${locale} release page sharing`, () => {
    test('links carry the public URL and title, and the page loads nothing from another host and sets no cookie', async ({ page, context, baseURL }) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
      });
      await page.goto(releasePath(locale));
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);

      const region = shareRegion(page, locale);
      for (const platform of platforms) {
        const link = region.getByRole('link', { name: `${platform.name} ${s.newTab}`, exact: true });
        const href = (await link.getAttribute('href'))!;
        const url = new URL(href);
        expect(url.origin + url.pathname, platform.name).toBe(platform.page);
        expect(Object.fromEntries(url.searchParams), platform.name).toEqual(platform.params(pageUrl, s.title));
        expect(href, platform.name).toContain(encodeURIComponent(pageUrl));
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
      const email = region.getByRole('link', { name: s.email, exact: true });
      const mailto = (await email.getAttribute('href'))!;
      expect(mailto).toMatch(/^mailto:\?subject=/);
      expect(mailto).toContain(encodeURIComponent(pageUrl));
      const mail = new URL(mailto).searchParams;
      expect(mail.get('subject')).toBe(s.title);
      expect(mail.get('body')).toBe(`${s.title}\r\n\r\n${pageUrl}`);
      await expect(email).not.toHaveAttribute('target', /.*/);
    });

    test('the QR code shows on request, on a white square in dark mode, and always in print', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(releasePath(locale));
      const region = shareRegion(page, locale);
      const screenQr = region.locator('details svg');
      // One code in the page for screen and paper (inside `<details class="print-open">`), not two copies.
      await expect(page.locator('svg[role="img"]')).toHaveCount(1);
      await expect(region.locator('details.print-open svg')).toHaveCount(1);
      await expect(screenQr).toBeHidden();
      await region.getByText(s.showQr).click();
      await expect(screenQr).toBeVisible();
      await expect(region.getByRole('img', { name: s.qr, exact: true })).toBeVisible();
      // The white square is filled; the dark modules are one-unit strokes (lib/share/qr.ts).
      const paints = await screenQr.evaluate((svg) => {
        const style = (selector: string) => getComputedStyle(svg.querySelector(selector)!);
        return [style('rect').fill, style('path').stroke, style('path').fill];
      });
      expect(paints).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'none']);
      const modules = await screenQr.locator('path').getAttribute('d');
      expect(modules).toMatch(/^(M\d+ \d+\.5h\d+(m\d+ 0h\d+)*)+$/);

      // Closed again on screen, it still prints: the print style opens it.
      await region.getByText(s.showQr).click();
      await expect(screenQr).toBeHidden();
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      await expect(page.locator('#share-heading')).toBeHidden();
      await expect(region.getByText(s.showQr)).toBeHidden();
      const printed = page.getByRole('img', { name: s.qr, exact: true });
      await expect(printed).toHaveCount(1);
      await expect(printed).toBeVisible();
      // The printed code is the same code: the page's address and nothing else.
      expect(await printed.locator('path').getAttribute('d')).toBe(modules);
    });

    test('copy link copies the public URL and announces it politely', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      await page.goto(new URL(releasePath(locale), baseURL).href);
      const region = shareRegion(page, locale);
      const status = region.getByRole('status');
      await expect(status).toHaveText('');
      await region.getByRole('button', { name: s.copy }).click();
      await expect(status).toHaveText(s.copied);
      await expect(status).toHaveAttribute('role', 'status');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pageUrl);
      await context.close();
    });

    test('without JavaScript: links and QR code work, and no dead copy button', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(new URL(releasePath(locale), baseURL).href);
      const region = shareRegion(page, locale);
      await expect(region.getByRole('link')).toHaveCount(platforms.length + 1);
      await expect(region.getByRole('button')).toHaveCount(0);
      await region.getByText(s.showQr).click();
      await expect(region.getByRole('img', { name: s.qr, exact: true })).toBeVisible();
      await context.close();
    });
  });
}
