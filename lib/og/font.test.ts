import { statSync } from 'node:fs';
import path from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { cardFont, drawableText } from './font';

const titles = ['新加坡与深圳推动智慧城市合作，启动14个新项目', 'AI 与绿色能源', '2023年12月14日', '数码发展及新闻部'];

describe('card font', () => {
  it('drops what it cannot draw (emoji, other scripts) so satori never fetches a fallback', async () => {
    expect(await drawableText('Relief 🎉 for SMEs 👩‍👩‍👧')).toBe('Relief for SMEs');
    expect(await drawableText('AI 与绿色能源 ✈️ مرحبا')).toBe('AI 与绿色能源');
  });

  it('has a glyph for every character of Chinese and mixed titles', async () => {
    const font = create(await cardFont(titles)) as unknown as { hasGlyphForCodePoint(codePoint: number): boolean };
    const missing = [...new Set(titles.join(''))].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('is a subset: a fraction of the full font, and without characters no card uses', async () => {
    const subset = await cardFont(titles);
    const full = statSync(path.resolve('node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')).size;
    expect(subset.length).toBeLessThan(full / 20);
    const font = create(subset) as unknown as { hasGlyphForCodePoint(codePoint: number): boolean };
    expect(font.hasGlyphForCodePoint('龘'.codePointAt(0)!)).toBe(false);
  });
});
