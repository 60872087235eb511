import { expect, test } from '@playwright/test';
import { release, releasePath } from './helpers';
import { headingBreaks, widths } from './line-boxes';

/**
 * Issue 16 (how it is read: e2e/line-boxes.ts): Chinese headings break only
 * between words on every kind of page, and the side-by-side page of each language.
 */
const pages = [
  '/zh/',
  '/zh/media-centre/press-releases/',
  '/zh/media-centre/press-releases/2023/',
  '/zh/topics/',
  '/zh/search/',
  releasePath('zh'),
  `${releasePath('zh')}bilingual/`,
  `${releasePath('en')}bilingual/`,
  '/zh/no-such-page/',
];

for (const path of pages) {
  test(`Chinese headings on ${path} break only between words at ${widths.join(', ')} px and in print`, async ({ page }) => {
    await page.setViewportSize({ width: widths[0]!, height: 800 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const { headingsSeen, wrappedLines, problems } = await headingBreaks(page);
    expect(headingsSeen).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    if (path === releasePath('zh')) {
      // The release title wraps on phones: the check above really saw line breaks.
      expect(wrappedLines).toBeGreaterThan(0);
    }
  });
}

test('the Chinese release title keeps 智慧城市 on one line at every width', async ({ page }) => {
  await page.goto(releasePath('zh'));
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(release.titles.zh);
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    // Where 智慧城市 starts and ends: one line box holds all four characters.
    const tops = await title.evaluate((h1) => {
      const text = h1.textContent!;
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      let offset = 0;
      const start = text.indexOf('智慧城市');
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++, offset++) {
          if (offset < start || offset >= start + 4) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          tops.push(Math.round(range.getBoundingClientRect().top));
        }
      }
      return tops;
    });
    expect(tops, `${width}px`).toHaveLength(4);
    expect(new Set(tops).size, `${width}px: ${tops.join(', ')}`).toBe(1);
  }
});
