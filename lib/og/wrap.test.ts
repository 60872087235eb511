import { describe, expect, it } from 'vitest';
import { textWidth, wrapTitle } from './wrap';

const options = { maxWidth: 18, maxLines: 3 };
const en = { ...options, lang: 'en' };
const zh = { ...options, lang: 'zh-Hans' };

const english = {
  5: 'Notes',
  40: 'Singapore and Shenzhen sign eight MOUs.',
  200: 'Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects, Eight Memorandums of Understanding and a Demonstration Zone for Pioneering Technologies in Logistics, Energy and Care',
};
const chinese = {
  5: '智慧城市',
  40: '新加坡与深圳推动智慧城市合作，启动十四个新项目，并签署八份谅解备忘录',
  200: '新加坡与深圳推动智慧城市合作启动十四个新项目'.repeat(9),
};

describe('wrapTitle', () => {
  for (const [name, titles, opts] of [
    ['English', english, en],
    ['Chinese', chinese, zh],
  ] as const) {
    for (const [length, title] of Object.entries(titles)) {
      it(`${name} ${length} characters: within the line limit and the width`, () => {
        const lines = wrapTitle(title, opts);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.length).toBeLessThanOrEqual(opts.maxLines);
        for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(opts.maxWidth);
      });
    }
  }

  it('keeps short titles whole, on one line', () => {
    expect(wrapTitle(english[5], en)).toEqual(['Notes']);
    expect(wrapTitle(chinese[5], zh)).toEqual(['智慧城市']);
  });

  it('breaks English only at spaces', () => {
    const lines = wrapTitle(english[200], { ...en, maxLines: 20 });
    expect(lines.join(' ')).toBe(english[200]);
    expect(lines.length).toBeGreaterThan(3);
  });

  it('wraps Chinese without losing characters and keeps punctuation off line starts', () => {
    const lines = wrapTitle(chinese[40], { ...zh, maxWidth: 10, maxLines: 20 });
    expect(lines.join('')).toBe(chinese[40]);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(/^[，。、：；！？）]/);
  });

  it('clips long titles with an ellipsis', () => {
    expect(wrapTitle(english[200], en).at(-1)).toMatch(/…$/);
    expect(wrapTitle(chinese[200], zh).at(-1)).toMatch(/…$/);
  });

  it('handles mixed scripts and a single unbreakable word', () => {
    expect(wrapTitle('AI 与绿色能源', zh).join('')).toBe('AI 与绿色能源');
    const long = wrapTitle('Supercalifragilisticexpialidocious'.repeat(3), en);
    for (const line of long) expect(textWidth(line)).toBeLessThanOrEqual(en.maxWidth);
  });
});
