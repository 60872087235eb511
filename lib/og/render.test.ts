import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardTexts, defaultCardData, type CardData } from './card-data';
import { CARD_CODE_FILES, cardCodeHash, cardKey, cardPng, renderCardPng } from './render';

const card: CardData = {
  lang: 'en',
  colours: { brand: '#0b3d91', accent: '#f2b705' },
  logo: 'data:image/svg+xml;base64,PHN2Zy8+',
  agency: 'Ministry of Digital Development and Information',
  siteName: 'Media centre',
  title: 'Singapore and Shenzhen drive smart city collaboration',
  subtitle: '14 December 2023',
};

const scratch: string[] = [];
const scratchDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A file of "card code" in a temp folder, named relative to the project (cardCodeHash reads from the working directory). */
function codeFile(text: string) {
  const file = path.join(scratchDir('ut-card-code-'), 'card.tsx');
  writeFileSync(file, text);
  return { file, relative: path.relative(process.cwd(), file) };
}

describe('card cache keys', () => {
  it('are stable for the same card, code and font', () => {
    expect(cardKey(card)).toBe(cardKey({ ...card }));
    expect(cardCodeHash()).toBe(cardCodeHash(CARD_CODE_FILES));
    const code = codeFile('export const x = 1;');
    expect(cardCodeHash([code.relative], () => Buffer.from('font'))).toBe(cardCodeHash([code.relative], () => Buffer.from('font')));
  });

  it('change with any field the card shows', () => {
    const variants: CardData[] = [
      { ...card, title: `${card.title}.` },
      { ...card, subtitle: '15 December 2023' },
      { ...card, lang: 'zh-Hans' },
      { ...card, colours: { ...card.colours, accent: '#000000' } },
      { ...card, logo: 'data:image/png;base64,AAAA' },
      { ...card, byline: 'Issued by MDDI and IMDA' },
      { ...card, background: 'data:image/png;base64,BBBB' },
    ];
    const keys = new Set([card, ...variants].map((data) => cardKey(data)));
    expect(keys.size).toBe(variants.length + 1);
  });

  it('change with the card’s code: a changed file or another list of files', () => {
    const code = codeFile('export const size = 60;');
    const font = () => Buffer.from('font');
    const before = cardCodeHash([code.relative], font);
    writeFileSync(code.file, 'export const size = 64;');
    const after = cardCodeHash([code.relative], font);
    expect(after).not.toBe(before);
    expect(cardCodeHash([code.relative, 'lib/og/wrap.ts'], font)).not.toBe(after);
    expect(cardKey(card, after)).not.toBe(cardKey(card, before));
    // The real list covers the card's markup, renderer, wrapper, font module and line breaking.
    expect(CARD_CODE_FILES).toEqual(
      expect.arrayContaining(['lib/og/card.tsx', 'lib/og/render.ts', 'lib/og/wrap.ts', 'lib/og/font.ts', 'lib/site/line-breaks.ts']),
    );
  });

  it('change with the font’s bytes, also for the real list of files', () => {
    const code = codeFile('export const size = 60;');
    expect(cardCodeHash([code.relative], () => Buffer.from('font A'))).not.toBe(cardCodeHash([code.relative], () => Buffer.from('font B')));
    expect(cardCodeHash(CARD_CODE_FILES, () => Buffer.from('another font'))).not.toBe(cardCodeHash());
  });
});

describe('card cache', () => {
  it('renders a card once, then serves it from the cache folder', async () => {
    const dir = scratchDir('ut-cards-');
    let renders = 0;
    const render = async (data: CardData) => {
      renders += 1;
      return Buffer.from(`png of ${data.title}`);
    };
    const first = await cardPng(card, render, dir);
    const second = await cardPng({ ...card }, render, dir);
    expect([first.fromCache, second.fromCache, renders]).toEqual([false, true, 1]);
    expect(second.png.toString()).toBe(`png of ${card.title}`);
    expect(readdirSync(dir)).toEqual([`${cardKey(card)}.png`]);
    // Another card is another file.
    const other = await cardPng({ ...card, title: 'Another title' }, render, dir);
    expect([other.fromCache, renders, readdirSync(dir).length]).toEqual([false, 2, 2]);
  });
});

describe('card font subsets', () => {
  // A publish renders a card with a subset of its own texts, the build's pool with one of the whole site's:
  // the cache key ignores the subset, so the two must draw the same card.
  it('draw the same card from the card’s own texts as from a whole site’s', async () => {
    // The agency's real logo: satori refuses the placeholder SVG above.
    const en: CardData = { ...defaultCardData('en'), title: card.title, subtitle: card.subtitle };
    const zh: CardData = { ...defaultCardData('zh'), title: '新加坡与深圳推动智慧城市合作', subtitle: '2023年12月14日' };
    for (const data of [en, zh]) {
      const alone = await renderCardPng(data, cardTexts(data));
      const inBatch = await renderCardPng(data, [...cardTexts(en), ...cardTexts(zh), '数字经济与人工智能：另一个标题', 'Quarterly figures (Q3)']);
      expect(alone.equals(inBatch)).toBe(true);
    }
  });
});
