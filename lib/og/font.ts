import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create } from 'fontkit';
import subsetFont from 'subset-font';

/**
 * Noto Sans SC Bold (TTF, from npm: satori reads neither WOFF2 nor the `.ttc`
 * that Debian ships). It covers Latin and Simplified Chinese, so one font
 * renders mixed titles. The 10 MB file is read once per process and cut
 * down to the characters the cards use, so satori parses a small font.
 */
// A path, not an import: the bundler must not try to bundle a 10 MB font; cards render from the project folder.
export const CARD_FONT_FILE = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  'node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
);

/** Always in the subset: ASCII, so a card never shows a box for a digit or a dash. */
const BASE_CHARACTERS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '…–—“”‘’·';

type Fontkit = {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { advanceWidth: number };
};

let full: { bytes: Buffer; font: Fontkit } | undefined;
function fullFont() {
  if (!full) {
    const bytes = readFileSync(CARD_FONT_FILE);
    full = { bytes, font: create(bytes) as unknown as Fontkit };
  }
  return full;
}

/** The font file's bytes (the card cache key covers them). */
export const cardFontBytes = () => fullFont().bytes;

/**
 * The text with every character the font cannot draw removed (emoji, scripts
 * other than Latin and Chinese). Satori would otherwise try to download a
 * fallback font or emoji image from a CDN, which a build here must never do.
 */
export function drawableText(text: string): string {
  const { font } = fullFont();
  return [...text]
    .filter((char) => /\s/.test(char) || font.hasGlyphForCodePoint(char.codePointAt(0)!))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Width in pixels of a run of text at `fontSize`, from the font's own glyph advances (kerning included). */
export function textWidth(text: string, fontSize: number): number {
  const { font } = fullFont();
  return (font.layout(text).advanceWidth / font.unitsPerEm) * fontSize;
}

let cached: { texts: readonly string[]; key: string; font: Promise<Buffer> } | undefined;

/**
 * The subset font for a set of card texts. Callers pass every text of the
 * site (a memoized list), so every card of a process shares one subset.
 */
export function cardFont(texts: readonly string[]): Promise<Buffer> {
  // The same list as last time: skip even the character scan.
  if (cached?.texts === texts) return cached.font;
  const characters = [...new Set([...BASE_CHARACTERS, ...texts.join('')])].sort().join('');
  if (cached?.key !== characters) {
    cached = { texts, key: characters, font: subsetFont(fullFont().bytes, characters, { targetFormat: 'truetype' }) };
  }
  cached.texts = texts;
  return cached.font;
}
