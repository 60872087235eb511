import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteModel } from '../content/model';
import { metasOf, modelOf } from '../testing/corpus';
import { decide, PUBLISH_ENDPOINT, type Decision } from './contract';
import { negotiateLocale } from './negotiate';
import { legacyRedirects } from './legacy';
import { hostSite } from './site';

let model: SiteModel;
beforeAll(async () => {
  model = modelOf(
    await metasOf([
      { slug: 'both', date: '2024-01-02', topics: ['ai'] },
      { slug: 'both', locale: 'zh', date: '2024-01-02', topics: ['ai'] },
      { slug: 'only-zh', locale: 'zh', date: '2024-01-03' },
      { slug: 'only-en', date: '2024-01-04' },
      // A permalink of another section of the old site: it still names the release by its last segment.
      { slug: 'old-story', date: '2019-05-01', permalink: '/news/2019/old-story/' },
      { slug: 'old-story', locale: 'zh', date: '2019-05-01', permalink: '/news/2019/old-story/' },
    ]),
  );
});

describe('legacy redirects', () => {
  it('lists every permalink once, sorted, with its slug and the languages it exists in', () => {
    expect(legacyRedirects(model)).toEqual([
      { from: '/media-centre/press-releases/both/', slug: 'both', locales: ['en', 'zh'] },
      { from: '/media-centre/press-releases/only-en/', slug: 'only-en', locales: ['en'] },
      { from: '/media-centre/press-releases/only-zh/', slug: 'only-zh', locales: ['zh'] },
      { from: '/news/2019/old-story/', slug: 'old-story', locales: ['en', 'zh'] },
    ]);
  });
});

const redirect = (status: 301 | 302 | 308, location: string, varyLanguage: boolean): Decision => ({ kind: 'redirect', status, location, varyLanguage });
const notFound = (locale: 'en' | 'zh', varyLanguage: boolean): Decision => ({ kind: 'not-found', locale, varyLanguage });
const pass: Decision = { kind: 'pass' };
const refused: Decision = { kind: 'method-not-allowed' };

/** [method, path, Accept-Language, decision]. */
const table: [string, string, string | null, Decision][] = [
  // `/`: the reader's language by quality values; primary subtags match; anything else → English.
  ['GET', '/', 'fr, zh;q=0.8', redirect(302, '/zh/', true)],
  ['GET', '/', 'zh-TW', redirect(302, '/zh/', true)],
  ['GET', '/', 'zh-Hant-HK', redirect(302, '/zh/', true)],
  ['GET', '/', 'en-SG', redirect(302, '/en/', true)],
  ['GET', '/', '', redirect(302, '/en/', true)],
  ['GET', '/', null, redirect(302, '/en/', true)],
  ['GET', '/', ';;;q=abc,*;q=x', redirect(302, '/en/', true)],
  ['GET', '/', 'xx-yy-zz, 12345', redirect(302, '/en/', true)],
  ['GET', '/', 'en, zh;q=0.9', redirect(302, '/en/', true)],
  ['GET', '/', 'zh, en;q=0.9', redirect(302, '/zh/', true)],
  ['GET', '/', 'de, *;q=0.5', redirect(302, '/en/', true)],
  ['GET', '/', 'zh;q=0, en;q=0.1', redirect(302, '/en/', true)],
  ['HEAD', '/', 'zh-CN', redirect(302, '/zh/', true)],
  // Methods: only reads, except the publish endpoint, which only takes POST.
  ['POST', '/', 'zh', refused],
  ['PUT', '/en/', null, refused],
  ['DELETE', '/en/media-centre/press-releases/both/', null, refused],
  ['OPTIONS', '/en/', null, refused],
  ['POST', PUBLISH_ENDPOINT, null, pass],
  ['GET', PUBLISH_ENDPOINT, null, refused],
  // Legacy permalinks, with and without the trailing slash: the release in the reader's language where it exists.
  ['GET', '/media-centre/press-releases/both/', 'zh-TW', redirect(301, '/zh/media-centre/press-releases/both/', true)],
  ['GET', '/media-centre/press-releases/both', 'zh-TW', redirect(301, '/zh/media-centre/press-releases/both/', true)],
  ['GET', '/media-centre/press-releases/both/', 'fr', redirect(301, '/en/media-centre/press-releases/both/', true)],
  ['GET', '/media-centre/press-releases/only-zh/', 'en', redirect(301, '/zh/media-centre/press-releases/only-zh/', true)],
  ['GET', '/media-centre/press-releases/only-en', 'zh', redirect(301, '/en/media-centre/press-releases/only-en/', true)],
  ['HEAD', '/news/2019/old-story', 'zh, en;q=0.9', redirect(301, '/zh/media-centre/press-releases/old-story/', true)],
  ['GET', '/news/2019/old-story/', 'en, zh;q=0.9', redirect(301, '/en/media-centre/press-releases/old-story/', true)],
  // Under a locale: pages pass, a missing slash is added, anything else is that locale's 404.
  ['GET', '/en/', 'zh', pass],
  ['GET', '/zh/media-centre/press-releases/both/', 'en', pass],
  ['GET', '/zh/media-centre/press-releases/both', 'en', redirect(308, '/zh/media-centre/press-releases/both/', false)],
  ['GET', '/en/media-centre/press-releases/only-zh/', 'zh', pass],
  ['GET', '/en/media-centre/press-releases/no-such-release/', 'zh', notFound('en', false)],
  ['GET', '/zh/no-such-page/', 'en', notFound('zh', false)],
  ['GET', '/zh/media-centre/press-releases/page/1/', 'en', notFound('zh', false)],
  ['GET', '/en/feed.xml', null, pass],
  ['GET', '/en/topics/ai/atom.xml', null, pass],
  ['GET', '/en/topics/media/feed.xml', null, notFound('en', false)],
  // Outside every locale: site files pass, pages named without their locale go to the reader's language.
  ['GET', '/sitemap.xml', 'zh', pass],
  ['GET', '/sitemaps/sitemap/pages.xml', null, pass],
  ['GET', '/sitemaps/sitemap/%ZZ.xml', 'zh', notFound('zh', true)],
  ['GET', '/robots.txt', null, pass],
  ['GET', '/_next/static/chunks/app.js', null, pass],
  ['GET', '/agency/logo.svg', null, pass],
  // The folders themselves are no page: the reader's 404, not the home page with a locale called "api".
  ['GET', '/api/', 'zh', notFound('zh', true)],
  ['GET', '/agency/', null, notFound('en', true)],
  ['GET', '/files/', 'en', notFound('en', true)],
  ['GET', '/_next/', 'zh-TW', notFound('zh', true)],
  ['GET', '/topics/', 'zh-Hant-HK', redirect(302, '/zh/topics/', true)],
  ['GET', '/topics', 'en-SG', redirect(302, '/en/topics/', true)],
  ['GET', '/media-centre/press-releases/', 'fr, zh;q=0.8', redirect(302, '/zh/media-centre/press-releases/', true)],
  ['GET', '/search/', '', redirect(302, '/en/search/', true)],
  ['GET', '/no-such-page/', 'zh', notFound('zh', true)],
  ['GET', '/no-such-page', 'de', notFound('en', true)],
  ['GET', '/fr/', 'fr', notFound('en', true)],
];

describe('host contract', () => {
  it.each(table)('%s %s [%s]', (method, path, acceptLanguage, decision) => {
    expect(decide({ method, path, acceptLanguage }, hostSite(model))).toEqual(decision);
  });

  it('negotiates with quality values, not header order', () => {
    const cases: [string, 'en' | 'zh'][] = [
      ['en;q=0.5, zh;q=0.9', 'zh'],
      ['zh;q=0.5, en', 'en'],
      ['en-GB,en;q=0.9', 'en'],
      ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
      ['*', 'en'],
    ];
    for (const [header, expected] of cases) expect(negotiateLocale(header, ['en', 'zh'], 'en'), header).toBe(expected);
    expect(negotiateLocale('en', ['zh'], 'zh')).toBe('zh');
    // No header, or a blank one, accepts anything: the fallback, not whichever language is listed first.
    for (const header of ['', '   ', null, undefined]) expect(negotiateLocale(header, ['zh', 'en'], 'en')).toBe('en');
  });
});
