import { describe, expect, it } from 'vitest';
import { formatDay } from '../site/format';
import { dayAfter, metasOf, modelOf, seededRandom } from '../testing/corpus';
import { compareReleases, releaseTime } from './model';
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

  it('does not depend on the models the process built before (each is laid out in the last one\'s order to sort faster)', async () => {
    const random = seededRandom(11);
    const all = await metasOf(
      Array.from({ length: 60 }, (_, n) => ({ slug: `r-${n}`, title: `Title ${(n * 7) % 13}`, date: dayAfter('2024-01-01', Math.floor(random() * 8)) })),
    );
    const expected = (releases: typeof all) =>
      releases
        .map((release) => ({ release, time: releaseTime(release), title: release.title, slug: release.slug }))
        .sort(compareReleases)
        .map(({ release }) => release.slug);
    let releases = all.slice(0, 40);
    for (let step = 0; step < 20; step += 1) {
      // Some releases leave, others come, in an order of no meaning.
      releases = [...releases.filter(() => random() > 0.2), ...all.filter(() => random() < 0.1)].filter((r, i, list) => list.indexOf(r) === i);
      releases.sort(() => random() - 0.5);
      const model = modelOf(releases);
      expect(model.releases('en').map((release) => release.slug)).toEqual(expected(releases));
      const [first, second] = model.releases('en');
      if (first && second) expect(model.neighbours(second)).toEqual({ newer: first, older: model.releases('en')[2] });
    }
  });
});
