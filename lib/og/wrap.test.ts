import { describe, expect, it } from 'vitest';
import { breakUnits } from '../site/line-breaks';
import { TITLE_FONT_SIZE, TITLE_MAX_LINES, TITLE_WIDTH } from './card';
import { textWidth } from './font';
import { wrapTitle } from './wrap';

/** The card's real settings: the title block's width, four lines, widths from the card font's glyphs. */
const measure = (text: string) => textWidth(text, TITLE_FONT_SIZE);
const wrap = (title: string, lang: string, options: { maxLines?: number; maxWidth?: number } = {}) =>
  wrapTitle(title, { maxWidth: options.maxWidth ?? TITLE_WIDTH, maxLines: options.maxLines ?? TITLE_MAX_LINES, lang, measure });

/** Narrower lines than this cut a unit itself (a word wider than a line), which is right; sweeps start here. */
const widestUnit = (title: string, lang: string) => Math.max(...breakUnits(title, lang).map((unit) => measure(unit.trimEnd())));

const english = 'Singapore and Shenzhen drive smart city collaboration with 14 new AI-driven projects under the MOU';
const chinese = '新加坡与深圳推动智慧城市合作，启动14个新项目，涵盖低碳解决方案、生物医药和人工智能等领域';

describe('title wrapping for cards', () => {
  it('breaks English only at spaces, every line within the width', () => {
    const lines = wrap(english, 'en');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(english);
    const words = new Set(english.split(' '));
    for (const line of lines) {
      expect(
        line.split(' ').every((word) => words.has(word)),
        line,
      ).toBe(true);
      expect(measure(line), line).toBeLessThanOrEqual(TITLE_WIDTH);
    }
    expect(lines.some((line) => line.includes('AI-driven'))).toBe(true);
  });

  it('keeps hyphenated words, numbers with suffixes and possessives whole, whatever the width', () => {
    const title = "The AI-driven MOU's 14th review of e-payments (2024–2025) by IMDA's well-known team";
    const words = new Set(title.split(' '));
    for (let width = widestUnit(title, 'en'); width <= TITLE_WIDTH; width += 9) {
      for (const line of wrap(title, 'en', { maxWidth: width, maxLines: 30 })) {
        expect(
          line.split(' ').filter((word) => !words.has(word)),
          `width ${width}: "${line}"`,
        ).toEqual([]);
      }
    }
  });

  it('fills lines: the next word would not have fitted on the line before', () => {
    const lines = wrap(english, 'en');
    for (let i = 0; i + 1 < lines.length; i += 1) expect(measure(`${lines[i]} ${lines[i + 1]!.split(' ')[0]}`)).toBeGreaterThan(TITLE_WIDTH);
  });

  it('breaks Chinese between words, never inside one, and keeps punctuation off line starts', () => {
    // Narrow lines force many breaks.
    const lines = wrap(chinese, 'zh-Hans', { maxWidth: 7 * TITLE_FONT_SIZE, maxLines: 20 });
    expect(lines.join('')).toBe(chinese);
    const boundaries = new Set<number>();
    let at = 0;
    for (const unit of breakUnits(chinese, 'zh-Hans')) boundaries.add((at += unit.length));
    at = 0;
    for (const line of lines.slice(0, -1)) expect(boundaries.has((at += line.length)), `break after "${line}"`).toBe(true);
    // Words as the segmenter finds them ("新加坡", not "新加" + "坡") stay on one line.
    for (const word of ['新加坡', '深圳', '推动', '项目', '领域'])
      expect(
        lines.some((line) => line.includes(word)),
        word,
      ).toBe(true);
    for (const line of lines) {
      expect(line, line).not.toMatch(/^[，。、；：！？）」』]/u);
      expect(measure(line), line).toBeLessThanOrEqual(7 * TITLE_FONT_SIZE);
    }
  });

  it('never starts a line with closing punctuation or ends one with an opening bracket, whatever the width', () => {
    const title = '部长表示：“这项合作（包括14个项目）将带来新机遇。”新加坡、深圳两地将继续合作！';
    for (let width = widestUnit(title, 'zh-Hans'); width <= 12 * TITLE_FONT_SIZE; width += 7) {
      const lines = wrap(title, 'zh-Hans', { maxWidth: width, maxLines: 30 });
      expect(lines.join(''), `width ${width}`).toBe(title);
      for (const line of lines) {
        expect(line, `width ${width}`).not.toMatch(/^[，。、；：！？）」』”]/u);
        expect(line, `width ${width}`).not.toMatch(/[（「『“]$/u);
      }
    }
  });

  it('clips after the last line with an ellipsis that fits', () => {
    const long = Array.from({ length: 6 }, () => english).join(' ');
    for (const [title, lang] of [
      [long, 'en'],
      [chinese.repeat(4), 'zh-Hans'],
    ] as const) {
      const lines = wrap(title, lang);
      expect(lines).toHaveLength(TITLE_MAX_LINES);
      expect(lines.at(-1)!.endsWith('…'), lines.at(-1)).toBe(true);
      // No punctuation or space left dangling before the ellipsis.
      expect(lines.at(-1)!.slice(0, -1), lines.at(-1)).not.toMatch(/[\s\p{P}]$/u);
      for (const line of lines) expect(measure(line), line).toBeLessThanOrEqual(TITLE_WIDTH);
      expect(lines.slice(0, -1).join(lang === 'en' ? ' ' : '')).toBe(title.slice(0, lines.slice(0, -1).join(lang === 'en' ? ' ' : '').length));
    }
  });

  it('cuts a word longer than a whole line, and keeps a short title as it is', () => {
    const url = 'https://www.example.gov.sg/media-centre/press-releases/an-extremely-long-address-that-cannot-wrap';
    const lines = wrap(url, 'en');
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(TITLE_WIDTH);
    expect(wrap('  A   short\ntitle ', 'en')).toEqual(['A short title']);
    expect(wrap('人工智能', 'zh-Hans')).toEqual(['人工智能']);
  });
});
