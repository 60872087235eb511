import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { Card, CARD_SIZE, TITLE_MAX_LINES, TITLE_WIDTH_EM } from '@/components/og/Card';
import type { CardData } from './card-data';
import { CARD_FONT_FAMILY, cardFont, drawableText } from './font';
import { wrapTitle } from './wrap';

/** Bump when the card's look changes: it invalidates every cached PNG. */
const CARD_DESIGN_VERSION = 1;

/**
 * Rendered cards survive between builds here (CI and hosts persist .next/cache).
 * A static export's distDir is the published folder: its cards stay in .next.
 */
export function cardCacheDir(): string {
  const distDir = process.env.STATIC_EXPORT === '1' ? '.next' : process.env.NEXT_DIST_DIR || '.next';
  return path.join(/* turbopackIgnore: true */ process.cwd(), distDir, 'cache', 'og-cards');
}

export function cardKey(data: CardData): string {
  return createHash('sha256').update(JSON.stringify({ v: CARD_DESIGN_VERSION, data })).digest('hex').slice(0, 32);
}

/** Renders one card. `fontTexts`: every text of the build, so all cards share one font subset. */
export async function renderCardPng(card: CardData, fontTexts: readonly string[]): Promise<Buffer> {
  const data = { ...card, title: await drawableText(card.title), agency: await drawableText(card.agency) };
  const titleLines = wrapTitle(data.title, { maxWidth: TITLE_WIDTH_EM, maxLines: TITLE_MAX_LINES, lang: data.lang });
  const font = await cardFont(fontTexts);
  const response = new ImageResponse(Card({ data, titleLines }), {
    ...CARD_SIZE,
    fonts: [{ name: CARD_FONT_FAMILY, data: font, weight: 700, style: 'normal' }],
  });
  return Buffer.from(await response.arrayBuffer());
}

/**
 * The PNG for a card: from the content-hash cache when the same card was
 * rendered before, otherwise rendered and stored. Editing one release thus
 * re-renders only its own cards.
 */
export async function cardPng(
  data: CardData,
  render: (card: CardData) => Promise<Buffer>,
): Promise<{ png: Buffer; fromCache: boolean }> {
  const file = path.join(cardCacheDir(), `${cardKey(data)}.png`);
  try {
    return { png: await readFile(file), fromCache: true };
  } catch {
    const png = await render(data);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, png);
    return { png, fromCache: false };
  }
}
