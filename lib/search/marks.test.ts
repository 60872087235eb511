import { describe, expect, it } from 'vitest';
import { highlight, plain, snippet, type Part } from './marks';

const marks = (parts: readonly Part[] | undefined) => (parts ?? []).filter((part) => part.match).map((part) => part.text);

// A body whose interesting word sits far from the start, as in a real release.
const filler = 'The Ministry announced the inking of several agreements with partners from both cities. '.repeat(6);
const english = `${filler}Four new projects focus on low-carbon solutions and biomedicine, and more will follow. ${filler}`;
const chinese =
  '第四次新加坡—中国（深圳）智慧城市合作倡议联合实施委员会会议启动了十四个新的联合项目。'.repeat(4) +
  '示范区新设立了四个项目，聚焦新一代信息技术、数字经济、低碳解决方案和生物医药。' +
  '这些项目旨在发掘创新解决方案，确立智慧城市技术的最佳实践。'.repeat(4);

describe('snippet', () => {
  it('shows an English word found deep in the body in context, not the start of the body', () => {
    const parts = snippet(english, 'biomedicine', 'en')!;
    const text = plain(parts);
    expect(marks(parts)).toEqual(['biomedicine']);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('low-carbon solutions and biomedicine, and more will follow.');
    // About 80 characters either side, cut between words.
    const [before, after] = text.slice(1, -1).split('biomedicine');
    expect(before!.length).toBeGreaterThan(60);
    expect(before!.length).toBeLessThanOrEqual(80);
    expect(after!.length).toBeLessThanOrEqual(80);
    for (const edge of [text.slice(1, -1).split(' ')[0]!, text.slice(1, -1).split(' ').at(-1)!]) {
      expect(english.split(/[\s]+/)).toContain(edge);
    }
  });

  it('shows a Chinese word found deep in the body in context, counting Chinese characters double', () => {
    const parts = snippet(chinese, '生物医药', 'zh-Hans')!;
    const text = plain(parts);
    expect(marks(parts)).toEqual(['生物医药']);
    expect(text).toMatch(/^…/);
    expect(text).toContain('低碳解决方案和生物医药。');
    const [before] = text.slice(1).split('生物医药');
    expect([...before!].length).toBeGreaterThan(25);
    expect([...before!].length).toBeLessThanOrEqual(40);
    expect(chinese).toContain(text.replace(/…/g, ''));
  });

  it('never cuts inside a word, hyphenated words included, whatever the reach', () => {
    const text = `${filler}The new-generation, low-carbon e-commerce and state-of-the-art biomedicine projects, well-known and long-term. ${filler}`;
    for (let reach = 0; reach <= 90; reach += 1) {
      const core = plain(snippet(text, 'biomedicine', 'en', reach)!).replace(/^…|…$/g, '');
      const at = text.indexOf(core);
      expect(at, `reach ${reach}: ${core}`).toBeGreaterThanOrEqual(0);
      expect(at === 0 || text[at - 1] === ' ', `reach ${reach} starts mid-word: ${core}`).toBe(true);
      const end = at + core.length;
      expect(end === text.length || text[end] === ' ', `reach ${reach} ends mid-word: ${core}`).toBe(true);
    }
  });

  it('starts at the FIRST match and needs no ellipsis at the very start', () => {
    const parts = snippet('Shenzhen first. ' + filler + 'Shenzhen again.', 'shenzhen', 'en')!;
    expect(plain(parts).startsWith('Shenzhen first.')).toBe(true);
    expect(marks(parts)[0]).toBe('Shenzhen');
  });

  it('is undefined when the body does not hold the query (the caller shows the summary)', () => {
    expect(snippet(english, 'volcano', 'en')).toBeUndefined();
    expect(snippet(chinese, '火山', 'zh-Hans')).toBeUndefined();
  });
});

describe('highlight', () => {
  it('marks whole words for a prefix: "shenz" marks "Shenzhen", whatever the case', () => {
    const parts = highlight('Singapore and Shenzhen Drive Smart City Collaboration', 'shenz smart', 'en');
    expect(marks(parts)).toEqual(['Shenzhen', 'Smart']);
    expect(plain(parts)).toBe('Singapore and Shenzhen Drive Smart City Collaboration');
  });

  it('does not mark a word that merely contains the query', () => {
    expect(marks(highlight('Singapore and Shenzhen', 'zhen', 'en'))).toEqual([]);
  });

  it('marks the Chinese word segments a query touches, joining neighbours into one mark', () => {
    expect(marks(highlight('新加坡与深圳推动智慧城市合作', '智慧城市', 'zh-Hans'))).toEqual(['智慧城市']);
    // 政府 inside the word 人民政府 (深圳|市|人民政府|市长) marks the whole word.
    const parts = highlight('深圳市人民政府市长', '政府', 'zh-Hans');
    expect(marks(parts)).toEqual(['人民政府']);
    expect(plain(parts)).toBe('深圳市人民政府市长');
  });

  it('keeps positions when normalization changes lengths (an ellipsis, full-width letters)', () => {
    const parts = highlight('Wait… ＳＨＥＮＺＨＥＮ and Shenzhen', 'shenzhen', 'en');
    expect(marks(parts)).toEqual(['ＳＨＥＮＺＨＥＮ', 'Shenzhen']);
    expect(plain(parts)).toBe('Wait… ＳＨＥＮＺＨＥＮ and Shenzhen');
  });
});
