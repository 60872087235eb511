import { describe, expect, it } from 'vitest';
import { formatDay } from '../site/format';
import { modelOf, metasOf } from '../testing/corpus';
import { realModel } from '../testing/real-content';

const slug = 'singapore-and-shenzhen-drive-smart-city-collaboration';

describe('site model of the real export', () => {
  it('takes the language from the folder and pairs translations by permalink', async () => {
    const model = await realModel();
    const en = model.release('en', slug)!;
    expect(en.title).toBe('Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects');
    expect(model.release('zh', slug)?.title).toBe('新加坡与深圳推动智慧城市合作，启动14个新项目');
    expect(model.translation(en, 'zh')?.locale).toBe('zh');
    expect(model.availableLocales(en)).toEqual(['en', 'zh']);
  });

  it('keeps the date a calendar day in the site time zone', async () => {
    const en = (await realModel()).release('en', slug)!;
    expect(en.published.day).toBe('2023-12-14');
    expect(en.published.iso).toBe('2023-12-14T00:00:00+08:00');
    expect(formatDay(en.published.day, 'en')).toBe('14 December 2023');
    expect(formatDay(en.published.day, 'zh')).toBe('2023年12月14日');
  });

  it('returns nothing for an unknown slug instead of throwing', async () => {
    const model = await realModel();
    expect(model.release('en', 'nope')).toBeUndefined();
    expect(model.anyLocale('nope')).toBeUndefined();
  });
});

describe('release order', () => {
  it('is newest first, then by title for releases of the same moment', async () => {
    const model = modelOf(await metasOf([
      { slug: 'b', title: 'B', date: '2023-01-01' },
      { slug: 'z', title: 'Z', date: '2024-05-01' },
      { slug: 'a', title: 'A', date: '2023-01-01' },
      { slug: 'later-same-day', title: 'Y', date: '2023-01-01 17:00' },
    ]));
    expect(model.releases('en').map((release) => release.title)).toEqual(['Z', 'Y', 'A', 'B']);
  });
});
