import { describe, expect, it, vi } from 'vitest';
import { locales, type Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import type { Listing } from '../listings';
import { siteOutputs } from '../routes/outputs';
import { routes } from '../routes/paths';
import { site } from '../site/config';
import { dayAfter, indexOf, metasOf, modelOf, withoutReleases, type ReleaseSpec } from '../testing/corpus';
import { buildModel } from '../content/model';
import { listingView } from '../views/listing';
import { releaseView } from '../views/release';
import { hreflangAlternates } from './alternates';
import { sitemap, sitemapIds } from './sitemap';

// Two numbered pages per listing sitemap (a hundred in the site), three releases per sitemap of a year's
// releases (two hundred), so that small archives have several of each.
vi.mock(import('../listings/pagination'), async (original) => ({ ...(await original()), PAGES_PER_SITEMAP: 2, RELEASES_PER_SITEMAP: 3 }));

/**
 * The languages a page's <head> lists, as each page's `generateMetadata`
 * asks for them (app/[locale]/…): every language for home, topics and the
 * side-by-side page; the release's languages; the listing page's languages.
 */
function headLanguages(model: SiteModel, locale: Locale, route: string, params: Record<string, string>): readonly Locale[] {
  const page = params.page ? Number(params.page) : undefined;
  const listing = (of: Listing) => listingView(model, locale, of, page)!.available;
  switch (route) {
    case 'home':
    case 'topics':
    case 'bilingual':
      return locales;
    case 'release-or-year': {
      if (/^\d{4}$/.test(params.slug!)) return listing({ kind: 'year', year: params.slug! });
      const view = releaseView(model, locale, params.slug!);
      return view?.kind === 'release' ? view.available : [];
    }
    case 'year-page':
      return listing({ kind: 'year', year: params.slug! });
    case 'releases':
    case 'releases-page':
      return listing({ kind: 'all' });
    case 'topic':
    case 'topic-page':
      return listing({ kind: 'topic', topic: params.topic as never });
    default:
      throw new Error(`no head for route ${route}`);
  }
}

function expectSitemapMatchesHead(model: SiteModel) {
  const outputs = new Map(siteOutputs(model).map((output) => [output.path, output]));
  let checked = 0;
  for (const id of sitemapIds(model)) {
    for (const entry of sitemap(model, id)!) {
      const localized = entry.url.slice(site.url.length);
      const output = outputs.get(localized);
      expect(output, `${entry.url} is an output of the site`).toBeDefined();
      expect(output!.page, `${entry.url} is a page`).toBe(true);
      const locale = output!.params.locale as Locale;
      const path = localized.slice(locale.length + 1);
      const head = hreflangAlternates(headLanguages(model, locale, output!.route, output!.params), path);
      expect(entry.alternates?.languages, entry.url).toEqual(head);
      checked += 1;
    }
  }
  return checked;
}

const english = (n: number, from = 0): ReleaseSpec[] =>
  Array.from({ length: n }, (_, i) => ({ slug: `release-${from + i}`, date: dayAfter('2024-01-01', from + i), topics: i % 3 ? ['ai'] : ['media'] }));

describe('sitemap alternates', () => {
  it('equal the page’s <head> alternates, for translated, English-only and Chinese-only pages', async () => {
    const specs: ReleaseSpec[] = [
      ...english(30),
      ...english(8).map((spec) => ({ ...spec, locale: 'zh' as const, topics: ['ai' as const] })),
      { slug: 'only-chinese', locale: 'zh', date: '2023-05-01', topics: ['talent'] },
      { slug: 'only-english', date: '2022-05-01', topics: ['talent'] },
    ];
    const model = modelOf(await metasOf(specs));
    expect(expectSitemapMatchesHead(model)).toBeGreaterThan(60);
    // Spot check: a page in both languages names both and x-default; a page in one names only it.
    const pages = sitemapIds(model).flatMap((id) => (id.startsWith('releases-2024') ? sitemap(model, id)! : []));
    expect(pages.find((entry) => entry.url.endsWith(`/zh${routes.release('release-0')}`))?.alternates?.languages).toEqual({
      en: `${site.url}/en${routes.release('release-0')}`,
      'zh-Hans': `${site.url}/zh${routes.release('release-0')}`,
      'x-default': `${site.url}/en${routes.release('release-0')}`,
    });
    expect(sitemap(model, 'releases-2023')!.map((entry) => entry.alternates?.languages)).toEqual([
      { 'zh-Hans': `${site.url}/zh${routes.release('only-chinese')}` },
    ]);
  });

  it('equal the <head> alternates when a language has no releases, and on a page left holding only tombstones', async () => {
    const metas = await metasOf(english(30));
    expect(expectSitemapMatchesHead(modelOf(metas))).toBeGreaterThan(30);
    const emptied = buildModel(withoutReleases(indexOf(metas), (release) => Number(release.slug.split('-')[1]) < 12));
    expect(listingView(emptied, 'en', { kind: 'all' }, 1)!.items).toEqual([]);
    expectSitemapMatchesHead(emptied);
  });
});

describe('sitemap files', () => {
  it('list every page with releases once: site pages and listings’ own URLs, then two numbered pages a file, then a year’s releases', async () => {
    const model = modelOf(await metasOf([...english(70), ...english(30).map((spec) => ({ ...spec, locale: 'zh' as const }))]));
    const ids = sitemapIds(model);
    // 70 English releases: 5 pages of all releases (4 numbered: two files); topic "ai" holds 46 (2 numbered: one file), "media" 24 (1).
    expect(ids).toEqual([
      'pages',
      'listing-all-1',
      'listing-all-2',
      'listing-year-2024-1',
      'listing-year-2024-2',
      'listing-topic-ai-1',
      'listing-topic-media-1',
      // 70 releases of 2024, three a file (two hundred in the site): 24 files.
      ...Array.from({ length: 24 }, (_, n) => `releases-2024-${n + 1}`),
    ]);
    const perFile = ids
      .filter((id) => id.startsWith('releases-'))
      .map((id) => sitemap(model, id)!.filter((entry) => !entry.url.includes('/bilingual/')).length);
    // Dealt by a hash of the slug: every release in exactly one file (in each of its languages).
    expect(perFile.reduce((sum, n) => sum + n, 0)).toBe(70 + 30);
    const listed = ids.flatMap((id) => sitemap(model, id)!.map((entry) => entry.url));
    expect(new Set(listed).size, 'no URL is listed twice').toBe(listed.length);
    // Every page a reader can land on but search, the 404 page and a release's page in a language it lacks.
    const missing = ({ route, params }: { route: string; params: Record<string, string> }) =>
      route === 'release-or-year' && !/^\d{4}$/.test(params.slug!) && !model.release(params.locale as Locale, params.slug!);
    const pages = siteOutputs(model).filter((output) => output.page && !['search', 'not-found'].includes(output.route) && !missing(output));
    expect(listed.sort()).toEqual(pages.map((output) => `${site.url}${output.path}`).sort());
    expect(sitemap(model, 'listing-all-2')!.map((entry) => entry.url)).toEqual([`${site.url}/en${routes.releases(3)}`, `${site.url}/en${routes.releases(4)}`]);
    for (const unknown of [
      'listing-all-3',
      'listing-topic-talent-1',
      'listing-topic-nope-1',
      'listing-all-0',
      'releases-2019',
      'releases-2024',
      'releases-2024-25',
    ])
      expect(sitemap(model, unknown), unknown).toBeUndefined();
  });

  it('a new release changes the year file its slug is dealt to, and no other, while the year keeps its number of files', async () => {
    const files = async (count: number) => {
      const model = modelOf(await metasOf(english(count)));
      return new Map(sitemapIds(model).map((id) => [id, JSON.stringify(sitemap(model, id))]));
    };
    // 31 and 32 releases of 2024: eleven files of three each.
    const [before, after] = [await files(31), await files(32)];
    const yearFiles = (ids: Map<string, string>) => [...ids.keys()].filter((id) => id.startsWith('releases-'));
    expect(yearFiles(after)).toEqual(yearFiles(before));
    expect(yearFiles(after)).toHaveLength(11);
    expect(yearFiles(after).filter((id) => after.get(id) !== before.get(id))).toHaveLength(1);
  });
});
