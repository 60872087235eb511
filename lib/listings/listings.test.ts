import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../content/model';
import { outputFingerprints, siteOutputs } from '../routes/outputs';
import { routes } from '../routes/paths';
import { dayAfter, indexOf, metasOf, modelOf, withoutReleases, type ReleaseSpec } from '../testing/corpus';
import { buildModel } from '../content/model';
import { listingView } from '../views/listing';
import { listingSwitchPaths, pageReleases, listingShape } from '.';
import { PAGE_SIZE, pageAddress, pageCount, pageOfSlot, pageSlots, parsePage } from './pagination';

/** `count` English releases, one a day from 1 January 2024 (every other one on AI), oldest first. */
const specs = (count: number, from = 0): ReleaseSpec[] =>
  Array.from({ length: count }, (_, i) => ({
    slug: `release-${from + i}`,
    date: dayAfter('2024-01-01', from + i),
    topics: (from + i) % 2 ? ['ai'] : ['talent'],
  }));

const LISTING_ROUTES = new Set(['releases', 'releases-page', 'year-page', 'topic', 'topic-page']);

/** Fingerprints of every listing page (all releases, years, topics) of a model, as publishing computes them. */
function listingFingerprints(model: SiteModel): Record<string, string> {
  const listings = new Set(
    siteOutputs(model)
      .filter((output) => LISTING_ROUTES.has(output.route) || (output.route === 'release-or-year' && /^\d{4}$/.test(output.params.slug!)))
      .map((output) => output.path),
  );
  return Object.fromEntries(Object.entries(outputFingerprints(model)).filter(([path]) => listings.has(path)));
}

function diff(before: Record<string, string>, after: Record<string, string>) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return {
    changed: keys.filter((key) => key in before && key in after && before[key] !== after[key]),
    added: keys.filter((key) => !(key in before)),
    removed: keys.filter((key) => !(key in after)),
  };
}

describe('pagination anchored at the oldest release', () => {
  it('counts pages from the oldest: the listing’s own URL holds 12 to 23 releases', () => {
    expect([0, 1, 12, 23, 24, 35, 36].map((slots) => pageCount(slots))).toEqual([1, 1, 1, 1, 2, 2, 3]);
    expect(pageSlots(30, 1)).toEqual({ start: 0, end: PAGE_SIZE });
    expect(pageSlots(30, 2)).toEqual({ start: 12, end: 30 });
    expect([pageSlots(30, 0), pageSlots(30, 3), pageSlots(30, 1.5)]).toEqual([undefined, undefined, undefined]);
    // The newest page takes the remainder, and is addressed by the listing's own URL.
    expect([0, 11, 12, 29].map((slot) => pageOfSlot(slot, 30))).toEqual([1, 1, 2, 2]);
    expect([1, 2].map((page) => pageAddress(page, 30))).toEqual([1, undefined]);
    // Only numbered pages (1…n-1) are page URLs; the newest page is the listing's own URL.
    expect([parsePage('1', 36), parsePage('2', 36), parsePage('3', 36), parsePage('01', 36), parsePage('0', 36), parsePage('1e1', 36)]).toEqual([
      1,
      2,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('shows page 1 as the oldest twelve releases, newest first, and the rest on the listing’s own URL', async () => {
    const model = modelOf(await metasOf(specs(30)));
    const { slots } = listingShape(model, 'en', { kind: 'all' });
    expect(pageReleases(slots, 1).map((release) => release.slug)).toEqual(
      specs(12)
        .map((spec) => spec.slug)
        .reverse(),
    );
    expect(pageReleases(slots).map((release) => release.slug)).toEqual(
      specs(18, 12)
        .map((spec) => spec.slug)
        .reverse(),
    );
    const root = listingView(model, 'en', { kind: 'all' })!;
    expect(root).toMatchObject({ total: 30, older: { page: 1, range: { from: '2024-01-01', to: '2024-01-12' } } });
    expect(root.newer).toBeUndefined();
  });

  it('a new newest release changes only the listings’ own pages', async () => {
    const metas = await metasOf(specs(31));
    const before = listingFingerprints(modelOf(metas.slice(0, 30)));
    const after = listingFingerprints(modelOf(metas));
    expect(Object.keys(before)).toContain('/en/media-centre/press-releases/page/1/');
    // release-30 is on talent: the list of all releases, its year and its topic grow; no numbered page moves.
    expect(diff(before, after)).toEqual({
      changed: ['/en/media-centre/press-releases/', '/en/media-centre/press-releases/2024/', '/en/topics/talent/'],
      added: [],
      removed: [],
    });
  });

  it('a release that completes a page adds that page and changes only the pages beside it', async () => {
    const metas = await metasOf(specs(36));
    const { changed, added, removed } = diff(listingFingerprints(modelOf(metas.slice(0, 35))), listingFingerprints(modelOf(metas)));
    expect(added).toEqual(['/en/media-centre/press-releases/2024/page/2/', '/en/media-centre/press-releases/page/2/']);
    expect(removed).toEqual([]);
    // Page 1 now links to page 2 instead of the listing's own URL; pages before it would not change.
    expect(changed).toEqual([
      '/en/media-centre/press-releases/',
      '/en/media-centre/press-releases/2024/',
      '/en/media-centre/press-releases/2024/page/1/',
      '/en/media-centre/press-releases/page/1/',
      // release-35 is on AI: that topic's own page grows.
      '/en/topics/ai/',
    ]);
  });

  it('a removed release leaves a tombstone: its page changes, later pages keep their releases', async () => {
    const full = indexOf(await metasOf(specs(40)));
    const removedSlug = 'release-5';
    const withTombstone = buildModel(withoutReleases(full, (release) => release.slug === removedSlug));
    const before = buildModel(full);
    const all = { kind: 'all' } as const;
    expect(listingView(withTombstone, 'en', all, 1)!.items.map((item) => item.slug)).not.toContain(removedSlug);
    expect(listingView(withTombstone, 'en', all, 1)!.items).toHaveLength(11);
    expect(listingView(withTombstone, 'en', all, 2)).toEqual(listingView(before, 'en', all, 2));
    const { changed } = diff(listingFingerprints(before), listingFingerprints(withTombstone));
    expect(changed).not.toContain('/en/media-centre/press-releases/page/2/');
    expect(changed).toContain('/en/media-centre/press-releases/page/1/');
    // The listing's own URL keeps its releases; only its count of live releases drops.
    const { total, ...root } = listingView(withTombstone, 'en', all)!;
    const { total: totalBefore, ...rootBefore } = listingView(before, 'en', all)!;
    expect([total, totalBefore]).toEqual([39, 40]);
    expect(root.items).toEqual(rootBefore.items);

    // Without the tombstone every later page would shift by one release.
    const shifted = buildModel({ releases: full.releases.filter((release) => release.slug !== removedSlug), tombstones: [] });
    expect(listingView(shifted, 'en', all, 2)!.items).not.toEqual(listingView(before, 'en', all, 2)!.items);
  });
});

describe('the language switch of a listing page', () => {
  it('leads to the same page, else the listing’s own URL, else the list of all releases', async () => {
    // English: 30 releases in 2024 (two pages) and one in 2023 on AI; Chinese: 13 in 2024 on talent only.
    const english = [...specs(30).map((spec) => ({ ...spec, topics: ['talent' as const] })), { slug: 'old', date: '2023-06-01', topics: ['ai' as const] }];
    const chinese = specs(13).map((spec) => ({ ...spec, locale: 'zh' as const, topics: ['talent' as const] }));
    const model = modelOf(await metasOf([...english, ...chinese]));

    expect(listingSwitchPaths(model, { kind: 'all' })).toEqual({ en: routes.releases(), zh: routes.releases() });
    // Page 1 of all releases exists in English only: Chinese readers land on the listing itself.
    expect(listingSwitchPaths(model, { kind: 'all' }, 1)).toEqual({ en: routes.releases(1), zh: routes.releases() });
    expect(listingSwitchPaths(model, { kind: 'year', year: '2024' }, 1)).toEqual({ en: routes.year('2024', 1), zh: routes.year('2024') });
    // A year and a topic with no Chinese release: the list of all releases.
    expect(listingSwitchPaths(model, { kind: 'year', year: '2023' })).toEqual({ en: routes.year('2023'), zh: routes.releases() });
    expect(listingSwitchPaths(model, { kind: 'topic', topic: 'ai' })).toEqual({ en: routes.topic('ai'), zh: routes.releases() });
    expect(listingSwitchPaths(model, { kind: 'topic', topic: 'talent' })).toEqual({ en: routes.topic('talent'), zh: routes.topic('talent') });
    // The view carries the same paths, and lists only the languages where the page itself exists.
    expect(listingView(model, 'en', { kind: 'all' }, 1)).toMatchObject({ available: ['en'], switchPaths: { zh: routes.releases() } });
  });
});
