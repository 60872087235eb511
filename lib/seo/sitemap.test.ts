import { describe, expect, it } from 'vitest';
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
    const pages = sitemap(model, 'releases-2024')!;
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
