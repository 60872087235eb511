import { describe, expect, it } from 'vitest';
import {
  compareReleases,
  findReleaseInAnyLocale,
  getAllSlugs,
  getAvailableLocales,
  getRelease,
  getReleases,
  getTranslation,
  type Release,
} from './content';
import { formatDay } from './format';

// Runs against the generated content of `content/` (npm run build generates it).
const slug = 'singapore-and-shenzhen-drive-smart-city-collaboration';

describe('content module on the real export', () => {
  it('takes the language from the folder', () => {
    expect(getRelease('en', slug)?.title).toBe(
      'Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects',
    );
    expect(getRelease('zh', slug)?.title).toBe('新加坡与深圳推动智慧城市合作，启动14个新项目');
  });

  it('pairs translations by permalink', () => {
    const en = getRelease('en', slug)!;
    expect(getTranslation(en, 'zh')?.locale).toBe('zh');
    expect(getAvailableLocales(en)).toEqual(['en', 'zh']);
    expect(getAllSlugs()).toEqual([slug]);
  });

  it('keeps the date a calendar day', () => {
    const en = getRelease('en', slug)!;
    expect(en.date).toBe('2023-12-14');
    expect(formatDay(en.date, 'en')).toBe('14 December 2023');
    expect(formatDay(en.date, 'zh')).toBe('2023年12月14日');
  });

  it('returns nothing for an unknown slug instead of throwing', () => {
    expect(getRelease('en', 'nope')).toBeUndefined();
    expect(findReleaseInAnyLocale('nope')).toBeUndefined();
    expect(getReleases('zh')).toHaveLength(1);
  });
});

describe('compareReleases', () => {
  const make = (date: string, title: string): Release => ({
    locale: 'en',
    slug: title.toLowerCase(),
    title,
    permalink: `/x/${title}/`,
    date,
    summary: title,
    html: '',
    text: '',
    topics: [],
    sourceFile: '',
  });

  it('orders newest first, then by title for same-day releases', () => {
    const sorted = [make('2023-01-01', 'B'), make('2024-05-01', 'Z'), make('2023-01-01', 'A')].sort(compareReleases);
    expect(sorted.map((release) => release.title)).toEqual(['Z', 'A', 'B']);
  });
});
