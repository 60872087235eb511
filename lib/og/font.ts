import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { create } from 'fontkit';
import subsetFont from 'subset-font';

/**
 * Noto Sans SC Bold (TTF, from npm: satori reads neither WOFF2 nor the `.ttc`
 * that Debian ships). It covers Latin and Simplified Chinese, so one font
 * renders mixed titles. The 10 MB file is read once per build process and
 * cut down to the characters the cards use, so satori parses a small font.
 */
// A path, not an import: the bundler must not try to bundle a 10 MB font; cards render at build time from the project folder.
const FONT_PATH = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

export const CARD_FONT_FAMILY = 'Noto Sans SC';

/** Always in the subset: ASCII, so a card never shows a box for a digit or a dash. */
const BASE_CHARACTERS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '…–—“”‘’·';

let fullFont: Promise<Buffer> | undefined;
const readFullFont = () => (fullFont ??= readFile(FONT_PATH));

let coverage: Promise<{ hasGlyphForCodePoint(codePoint: number): boolean }> | undefined;

/**
 * The text with every character the font cannot draw removed (emoji, scripts
 * other than Latin and Chinese). Satori would otherwise try to download a
 * fallback font or emoji image from a CDN, which a build here must never do.
 */
export async function drawableText(text: string): Promise<string> {
  coverage ??= readFullFont().then((buffer) => create(buffer) as unknown as { hasGlyphForCodePoint(codePoint: number): boolean });
  const font = await coverage;
  return [...text]
    .filter((char) => /\s/.test(char) || font.hasGlyphForCodePoint(char.codePointAt(0)!))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

let cached: { texts: readonly string[]; key: string; font: Promise<Buffer> } | undefined;

/**
 * The subset font for a set of card texts. Callers pass every text of the
 * build (all titles), so every card in this process shares one subset.
 */
export function cardFont(texts: readonly string[]): Promise<Buffer> {
  // Same list as last time (the build's memoized texts): skip even the character scan.
  if (cached?.texts === texts) return cached.font;
  const characters = [...new Set([...BASE_CHARACTERS, ...texts.join('')])].sort().join('');
  if (cached?.key !== characters) {
    cached = {
      texts,
      key: characters,
      font: readFullFont().then((full) => subsetFont(full, characters, { targetFormat: 'truetype' })),
    };
  }
  cached.texts = texts;
  return cached.font;
}
