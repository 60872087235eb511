import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { sharedCacheDir } from '../content/store/location';
import { Card, CARD_FONT_FAMILY, CARD_SIZE, TITLE_FONT_SIZE, TITLE_MAX_LINES, TITLE_WIDTH } from './card';
import type { CardData } from './card-data';
import { cardFont, cardFontBytes, drawableText, textWidth } from './font';
import { wrapTitle } from './wrap';

/** The code that decides how a card looks: changing any of it re-renders every card, and nothing else does. */
export const CARD_CODE_FILES = [
  'lib/og/card.tsx',
  'lib/og/render.ts',
  'lib/og/wrap.ts',
  'lib/og/font.ts',
  'lib/site/line-breaks.ts',
  'node_modules/next/package.json',
];

let codeHash: string | undefined;

/** Hash of the card's code and font, read from the project folder once per process. */
export function cardCodeHash(files = CARD_CODE_FILES, font: () => Buffer = cardFontBytes): string {
  // Memoized for the real code and font only: another font with the real files got the memo back.
  const real = files === CARD_CODE_FILES && font === cardFontBytes;
  if (codeHash && real) return codeHash;
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), file)));
  const digest = hash.update(font()).digest('hex');
  if (real) codeHash = digest;
  return digest;
}

export function cardKey(data: CardData, code = cardCodeHash()): string {
  return createHash('sha256').update(code).update(JSON.stringify(data)).digest('hex').slice(0, 32);
}

/** Rendered cards survive between builds here, shared by every build of this checkout. */
export const cardCacheDir = () => path.join(sharedCacheDir(), 'cards');

/** Renders one card. `fontTexts`: every text of the site, so all cards share one font subset. */
export async function renderCardPng(card: CardData, fontTexts: readonly string[]): Promise<Buffer> {
  const data = { ...card, title: drawableText(card.title), agency: drawableText(card.agency) };
  const titleLines = wrapTitle(data.title, {
    maxWidth: TITLE_WIDTH,
    maxLines: TITLE_MAX_LINES,
    lang: data.lang,
    measure: (text) => textWidth(text, TITLE_FONT_SIZE),
  });
  const font = await cardFont(fontTexts);
  const response = new ImageResponse(Card({ data, titleLines }), {
    ...CARD_SIZE,
    fonts: [{ name: CARD_FONT_FAMILY, data: font, weight: 700, style: 'normal' }],
  });
  return Buffer.from(await response.arrayBuffer());
}

/**
 * The PNG for a card: from the cache when the same card (same data, same
 * code, same font) was rendered before, otherwise rendered and stored.
 */
export async function cardPng(data: CardData, render: (card: CardData) => Promise<Buffer>, dir = cardCacheDir()): Promise<{ png: Buffer; fromCache: boolean }> {
  const file = path.join(/* turbopackIgnore: true */ dir, `${cardKey(data)}.png`);
  try {
    return { png: await readFile(file), fromCache: true };
  } catch {
    const png = await render(data);
    await mkdir(path.dirname(file), { recursive: true });
    // Written under a temporary name first: a concurrent reader never sees half a PNG.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    return { png, fromCache: false };
  }
}
