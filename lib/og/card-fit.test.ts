import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePng, type Bitmap } from '../testing/png';
import { readSpec } from '../testing/corpus';
import { metaOf } from '../content/record';
import { CARD_PADDING, CARD_SIZE, TITLE_FONT_SIZE, TITLE_MAX_LINES, TITLE_WIDTH } from './card';
import { publicImage, releaseCardData, type CardData } from './card-data';
import { drawableText, textWidth } from './font';
import { renderCardPng } from './render';
import { wrapTitle } from './wrap';

/**
 * The title must fit the card as satori really draws it, not only as the
 * wrapper estimates it: these tests render cards and read their pixels.
 * The title is the only pure white on the card below the header (the date
 * and byline are translucent white, the logo sits in the header).
 */
let headerBottom: number;
let footerTop: number;
/** Anti-aliasing may reach a pixel or two beyond a glyph's advance box. */
const SLACK = 3;

const isTitleInk = ([r, g, b]: number[]) => r! >= 245 && g! >= 245 && b! >= 245;

/** Rows and columns of white title ink, grouped into lines (runs of inked rows). */
function titleInk(image: Bitmap) {
  const rows: number[] = [];
  let left = Infinity;
  let right = -Infinity;
  for (let y = headerBottom; y < CARD_SIZE.height; y += 1) {
    let inked = false;
    for (let x = 0; x < image.width; x += 1) {
      if (!isTitleInk(image.pixel(x, y))) continue;
      inked = true;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
    if (inked) rows.push(y);
  }
  const lines: { top: number; bottom: number }[] = [];
  for (const y of rows) {
    const last = lines.at(-1);
    if (last && y - last.bottom <= 2) last.bottom = y;
    else lines.push({ top: y, bottom: y });
  }
  return { left, right, lines };
}

const expectedLines = (card: CardData) =>
  wrapTitle(drawableText(card.title), {
    maxWidth: TITLE_WIDTH,
    maxLines: TITLE_MAX_LINES,
    lang: card.lang,
    measure: (text) => textWidth(text, TITLE_FONT_SIZE),
  });

const render = (card: CardData) => renderCardPng(card, [card.title, card.agency, card.siteName, card.subtitle, card.byline ?? '']);

let logo: string;
beforeAll(async () => {
  logo = publicImage('/agency/logo.svg', path.resolve('public'), ['.svg'])!;
  expect(logo).toMatch(/^data:image\/svg\+xml;base64,/);
  // Where the header ends and the date line starts, from a card without a title: any light pixel is theirs.
  const blank = decodePng(await render(english('')));
  const lightRows = Array.from({ length: CARD_SIZE.height - 16 }, (_, y) => y).filter((y) =>
    Array.from({ length: blank.width }, (_, x) => blank.pixel(x, y)).some(([r]) => r > 150),
  );
  const middle = CARD_SIZE.height / 2;
  headerBottom = Math.max(...lightRows.filter((y) => y < middle)) + 1;
  footerTop = Math.min(...lightRows.filter((y) => y > middle));
  expect(headerBottom).toBeGreaterThan(CARD_PADDING + 40);
  expect(footerTop).toBeLessThan(CARD_SIZE.height - CARD_PADDING);
}, 60_000);

const english = (title: string): CardData => ({
  lang: 'en',
  colours: { brand: '#0b3d91', accent: '#f2b705' },
  logo,
  agency: 'Ministry of Digital Development and Information',
  siteName: 'Media centre',
  title,
  subtitle: '14 December 2023',
  byline: 'Issued by MDDI and IMDA',
});

const titles: [string, () => Promise<CardData> | CardData][] = [
  ['wide English letters', () => english('WWW MMM WWWWW MMMMM WWW MMMM WWWWWW MMMMMM WWW MMM WWWWW MMMMM WWW MMMM WWWWWW MMMMMM WWW MMMM WWW')],
  [
    'a long English title',
    () =>
      english(
        'Singapore and Shenzhen drive smart city collaboration: fourteen new memoranda of understanding on artificial intelligence, low-carbon solutions, biomedicine and cross-border data flows signed at the annual council meeting',
      ),
  ],
  [
    'an address longer than a line',
    () => english('https://www.example.gov.sg/media-centre/press-releases/an-extremely-long-address-without-any-spaces-at-all-in-it'),
  ],
  [
    'a long Chinese title, through the reader',
    async () =>
      releaseCardData(
        metaOf(
          await readSpec({
            slug: 'zh-long',
            locale: 'zh',
            date: '2023-12-14',
            issuers: ['mddi', 'imda'],
            title:
              '新加坡与深圳推动智慧城市合作，签署十四项谅解备忘录，涵盖人工智能、低碳解决方案、生物医药和跨境数据流动等领域，并在年度理事会会议上宣布一系列新的合作项目和人才交流计划',
          }),
        ),
      ),
  ],
  [
    'a mixed title with Chinese punctuation at line ends',
    () => ({ ...english('AI 与绿色能源：新加坡（Singapore）和深圳“智慧城市”合作项目——第十四届理事会会议、低碳与生物医药合作！'), lang: 'zh-Hans' }),
  ],
];

describe('card title as rendered', () => {
  it.each(titles)(
    '%s stays inside the padding, on the lines the wrapper chose',
    async (_, make) => {
      const card = await make();
      const image = decodePng(await render(card));
      expect([image.width, image.height]).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
      // The decoder reads the card right: brand colour in a corner, the accent border along the bottom.
      expect(image.pixel(4, 4).slice(0, 3)).toEqual([0x0b, 0x3d, 0x91]);
      expect(image.pixel(600, CARD_SIZE.height - 4).slice(0, 3)).toEqual([0xf2, 0xb7, 0x05]);

      const ink = titleInk(image);
      const lines = expectedLines(card);
      expect(lines.length).toBeLessThanOrEqual(TITLE_MAX_LINES);
      expect(ink.lines, JSON.stringify(lines)).toHaveLength(lines.length);
      expect(ink.left).toBeGreaterThanOrEqual(CARD_PADDING - SLACK);
      expect(ink.right, 'title ink in the right padding').toBeLessThanOrEqual(CARD_SIZE.width - CARD_PADDING + SLACK);
      // Each line is at most a line high, and the block ends above the date.
      for (const line of ink.lines) expect(line.bottom - line.top).toBeLessThan(TITLE_FONT_SIZE * 1.2);
      expect(ink.lines.at(-1)!.bottom).toBeLessThan(footerTop);
    },
    30_000,
  );

  it('fills the width: a long title reaches near the right padding, so the check above is not vacuous', async () => {
    const card = english('Singapore and Shenzhen drive smart city collaboration with fourteen new memoranda of understanding signed today');
    const ink = titleInk(decodePng(await render(card)));
    expect(ink.right).toBeGreaterThan(CARD_SIZE.width - CARD_PADDING - 4 * TITLE_FONT_SIZE);
  }, 30_000);
});
