import { expect, test, type Page } from '@playwright/test';
import { release, releasePath } from './helpers';

/**
 * Issue 16: a line of a Chinese heading never ends inside a word (智慧城 / 市).
 * The browser lays the headings out at phone, tablet, laptop and print
 * widths; each line box is read back (a Range per character, grouped by
 * its top) and every line start must fall on a word boundary as
 * `Intl.Segmenter` (zh-Hans, word granularity) cuts the text.
 */
const widths = [320, 375, 414, 768, 1024, 1366];
/** A4 less the 2 cm margins of globals.css `@page`: 170 mm at 96 dpi. */
const PRINT_WIDTH = Math.round((170 / 25.4) * 96);

/** Pages with Chinese headings: every kind of page, and the side-by-side page of each language. */
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

type Heading = { text: string; lang: string; lines: string[]; badBreaks: string[] };

/** Lines of every Chinese heading in `main`, and the line starts that fall inside a word. */
function chineseHeadings(page: Page): Promise<Heading[]> {
  return page.locator('main').evaluate((main) => {
    const results: Heading[] = [];
    for (const heading of main.querySelectorAll<HTMLElement>('h1, h2, h3, h4')) {
      const lang = heading.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('zh') || !heading.checkVisibility()) continue;
      // The heading's text, and the line each character was laid out on.
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      let text = '';
      const starts: number[] = [];
      let lineTop: number | undefined;
      let lineHeight = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const value = node.data;
        for (let i = 0; i < value.length;) {
          const length = value.codePointAt(i)! > 0xffff ? 2 : 1;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + length);
          const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
          if (rect) {
            if (lineTop === undefined) lineTop = rect.top;
            else if (rect.top > lineTop + lineHeight / 2) {
              starts.push(text.length);
              lineTop = rect.top;
            }
            lineHeight = rect.height;
          }
          text += value.slice(i, i + length);
          i += length;
        }
      }
      const boundaries = new Set<number>([0, text.length]);
      for (const segment of new Intl.Segmenter('zh-Hans', { granularity: 'word' }).segment(text)) boundaries.add(segment.index);
      const lines: string[] = [];
      [0, ...starts].forEach((start, index) => lines.push(text.slice(start, starts[index] ?? text.length)));
      const badBreaks = starts
        .filter((start) => !boundaries.has(start))
        .map((start) => `${text.slice(Math.max(0, start - 4), start)} / ${text.slice(start, start + 4)}`);
      results.push({ text, lang, lines, badBreaks });
    }
    return results;
  });
}

for (const path of pages) {
  test(`Chinese headings on ${path} break only between words at ${widths.join(', ')} px and in print`, async ({ page }) => {
    await page.setViewportSize({ width: widths[0]!, height: 800 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    let headingsSeen = 0;
    let wrappedLines = 0;
    for (const width of [...widths, 'print' as const]) {
      if (width === 'print') {
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: PRINT_WIDTH, height: 1123 });
      } else {
        await page.setViewportSize({ width, height: 800 });
      }
      for (const heading of await chineseHeadings(page)) {
        headingsSeen += 1;
        wrappedLines += heading.lines.length - 1;
        for (const bad of heading.badBreaks) problems.push(`${width}: “${heading.text}” breaks ${bad} (lines: ${heading.lines.join(' | ')})`);
      }
    }
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
