import { describe, expect, it } from 'vitest';
import { getReleases } from '../content';
import { buildSearchIndex } from './build-index';
import { highlight, search } from './query';
import { normalize } from './tokenize';

const en = buildSearchIndex(getReleases('en'), 'en');
const zh = buildSearchIndex(getReleases('zh'), 'zh-Hans');
const slug = 'singapore-and-shenzhen-drive-smart-city-collaboration';

describe('search over the real releases', () => {
  it.each(['深圳', '智慧城市', '谅解备忘录', '新加坡', '人工智能'])('Chinese %s finds the Chinese release', (query) => {
    expect(search(zh, query).map((hit) => hit.slug)).toEqual([slug]);
  });

  it.each(['Shenzhen', 'smart city', 'MOU', 'mous', 'SHENZ', 'Ｓｈｅｎｚｈｅｎ', 'shenzhen!'])('English %s finds the English release', (query) => {
    expect(search(en, query).map((hit) => hit.slug)).toEqual([slug]);
  });

  it('needs every word and ignores punctuation-only queries', () => {
    expect(search(en, 'Shenzhen volcano')).toEqual([]);
    expect(search(zh, '火山')).toEqual([]);
    expect(search(en, '!!! ...')).toEqual([]);
  });

  it('folds full-width forms', () => {
    expect(normalize('ＡＩ　２０２３')).toBe('ai 2023');
  });

  it('highlights the matched words', () => {
    expect(highlight('Singapore and Shenzhen', 'shenzhen', 'en')).toEqual([
      { text: 'Singapore and ', match: false },
      { text: 'Shenzhen', match: true },
    ]);
    expect(highlight('新加坡与深圳推动', '深圳', 'zh-Hans').filter((p) => p.match).map((p) => p.text)).toEqual(['深圳']);
  });
});
