import type { Page } from '@playwright/test';

/**
 * Issue 16: a line of a Chinese heading never ends inside a word (智慧城 / 市).
 * The browser lays the headings out at phone, tablet, laptop and print
 * widths; each line box is read back (a Range per character, grouped by
 * its top) and every line start must fall on a word boundary as
 * `Intl.Segmenter` (zh-Hans, word granularity) cuts the text.
 */
export const widths = [320, 375, 414, 768, 1024, 1366];
/** A4 less the 2 cm margins of globals.css `@page`: 170 mm at 96 dpi. */
export const PRINT_WIDTH = Math.round((170 / 25.4) * 96);

type Heading = { text: string; lang: string; lines: string[]; badBreaks: string[] };

/** Lines of every Chinese heading in `main`, and the line starts that fall inside a word. */
export function chineseHeadings(page: Page): Promise<Heading[]> {
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

/** Lays the page out at every width and in print; what every Chinese heading of `main` did. */
export async function headingBreaks(page: Page) {
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
  await page.emulateMedia({ media: 'screen' });
  return { headingsSeen, wrappedLines, problems };
}
