import { expect, test, type Page } from '@playwright/test';
import { locales, release, releasePath, siteUrl } from './helpers';

/**
 * A printed release (issue 16), whatever colour scheme the reader's screen
 * uses: black text on white paper, who issued it and when, the page's
 * address written out and as a QR code; none of the site's chrome.
 */
const strings = {
  en: { address: 'Address of this page', qr: 'QR code of this page’s address', mediaContact: 'Media contact' },
  zh: { address: '本页网址', qr: '本页网址的二维码', mediaContact: '媒体联络' },
} as const;

/** Colours of visible text in `main`, resolved to sRGB by the browser, with a sample of the text. */
function textColours(page: Page) {
  return page.locator('main').evaluate((main) => {
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    // Any CSS colour (rgb, oklch, lab…) to [r, g, b] as the browser paints it on white.
    const rgb = (colour: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = '#ffffff';
      canvas.fillRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const seen = new Map<Element, { text: string; colour: number[] }>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!node.textContent!.trim() || seen.has(element)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const visible = [...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0) && element.checkVisibility({ visibilityProperty: true });
      // sr-only text is clipped to 1px: not on paper.
      const clipped = getComputedStyle(element).clipPath !== 'none' || getComputedStyle(element).clip !== 'auto' || element.getBoundingClientRect().width <= 1;
      if (visible && !clipped) seen.set(element, { text: node.textContent!.trim().slice(0, 40), colour: rgb(getComputedStyle(element).color) });
    }
    return [...seen.values()];
  });
}

const parseRgb = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number);

/** WCAG contrast ratio of an sRGB colour against white. */
function contrastWithWhite([r, g, b]: number[]) {
  const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  return 1.05 / (luminance + 0.05);
}

for (const locale of locales) {
  const s = strings[locale];
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${locale} release printed from the ${colorScheme} scheme: black on white, issuer, date, address, QR code, no chrome`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(releasePath(locale));
      await page.emulateMedia({ media: 'print', colorScheme });

      // Paper is white, the body text black: not the dark scheme's light grey (#9A9C9F and the like).
      const background = await page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.documentElement).backgroundColor,
      ]);
      expect(background[0]).toBe('rgb(255, 255, 255)');
      expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(background[1]);
      const bodyText = await page
        .locator('article .prose p')
        .first()
        .evaluate((p) => getComputedStyle(p).color);
      expect(bodyText).toBe('rgb(0, 0, 0)');
      await expect(page.locator('article .prose')).toContainText(locale === 'zh' ? '深圳市人民政府市长覃伟中先生' : 'Mr. Qin Weizhong');
      // Everything else printed is dark enough to read on paper (WCAG AAA, 7:1 on white).
      const colours = await textColours(page);
      expect(colours.length).toBeGreaterThan(10);
      const faint = colours.filter(({ colour }) => contrastWithWhite(colour) < 7);
      expect(faint).toEqual([]);

      // Who issued it, and when.
      const header = page.locator('article > header');
      const issuers = header.locator('p').filter({ hasText: release.issuedBy[locale] });
      await expect(issuers).toBeVisible();
      expect(contrastWithWhite(await issuers.evaluate((p) => getComputedStyle(p).color).then(parseRgb))).toBeGreaterThanOrEqual(7);
      await expect(header.locator('time')).toBeVisible();
      await expect(header.locator('time')).toHaveText(release.dates[locale]);
      await expect(page.getByRole('region', { name: s.mediaContact })).toBeVisible();

      // The address in full, on paper only, and the same address as a QR code.
      const url = `${siteUrl}${releasePath(locale)}`;
      const address = page.locator('article p').filter({ hasText: s.address });
      await expect(address).toBeVisible();
      // Chinese punctuation on the Chinese page (the full-width colon, no space).
      await expect(address).toHaveText(`${s.address}${locale === 'zh' ? '：' : ': '}${url}`);
      const qr = page.getByRole('img', { name: s.qr, exact: true });
      await expect(qr).toHaveCount(1);
      await expect(qr).toBeVisible();
      const box = (await qr.boundingBox())!;
      expect(box.width).toBeGreaterThan(100);

      // No site chrome on paper: masthead, header, navigation, search, language switch, footer, share buttons.
      for (const chrome of ['body > header', 'body > footer', 'nav', 'form', '#share-heading', 'a[href^="https://wa.me/"]']) {
        const visible = await page
          .locator(chrome)
          .evaluateAll((elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).length);
        expect(visible, chrome).toBe(0);
      }

      // Back on screen: the address line is for paper only, the chrome returns.
      await page.emulateMedia({ media: 'screen', colorScheme });
      await expect(address).toBeHidden();
      await expect(page.locator('body > header')).toBeVisible();
    });
  }
}
