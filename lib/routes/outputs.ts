/**
 * Every output of the site: each URL, the route that renders it, its params,
 * and the view data it shows. Routes take their `generateStaticParams` from
 * here, the proxy its set of known pages, and publishing its fingerprints:
 * an output changed exactly when the data its page renders changed.
 */
import { createHash } from 'node:crypto';
import { locales, type Locale } from '../../i18n/locales';
import { perModel } from '../content/memo';
import type { SiteModel } from '../content/model';
import { feedReleases, feedTopics } from '../feeds';
import { allListings, listingKey, listingPath, listingShape, type Listing } from '../listings';
import { defaultCardData, releaseCardData } from '../og/card-data';
import { searchDocuments, searchManifest, searchParts, searchShards } from '../search/documents';
import { releaseSitemapKey, sitemap, sitemapFiles, sitemapIndexXml, type SitemapScope } from '../seo/sitemap';
import { listingView } from '../views/listing';
import { bilingualView, releaseView } from '../views/release';
import { homeView, searchPageView, topicsView } from '../views/site';
import { feedFormats, localePath, routes, siteFiles } from './paths';

/** The app routes that produce outputs (their folder under app/). */
export type RouteId =
  | 'home'
  | 'topics'
  | 'search'
  | 'not-found'
  | 'releases'
  | 'releases-page'
  | 'release-or-year'
  | 'year-page'
  | 'bilingual'
  | 'release-card'
  | 'default-card'
  | 'feed'
  | 'topic'
  | 'topic-page'
  | 'topic-feed'
  | 'search-index'
  | 'search-part'
  | 'search-text'
  | 'sitemap-index'
  | 'sitemap'
  | 'robots'
  | 'language-chooser';

/** A run of a locale's search shards (lib/search/shards.ts): a file of body texts, or a part of the index. */
export type SearchScope = { search: Locale; shards: { from: number; to: number } };

/**
 * What an output shows beyond site-wide data: one release (all its languages), one page of a listing
 * (in every language; `page` undefined: the listing's own URL), a run of a listing's numbered pages (a
 * sitemap of them), a sitemap of some of a year's releases, a run of search shards.
 */
export type Scope = { slug: string } | { listing: Listing; page: number | undefined } | SitemapScope | SearchScope;

/** A search shard, as a reach names it. */
export const searchShardKey = (locale: Locale, shard: number) => `${locale}#${shard}`;

/** A page of a listing, as a reach names it. */
export const listingPageKey = (listing: Listing, page: number | undefined) => `${listingKey(listing)}#${page ?? ''}`;

/** Where a change can show (lib/publish/reach.ts): slugs, whole listings (by key), pages of listings, years' release sitemaps (a year, or one of its files), search shards. */
export type Reach = { slugs: Set<string>; listings: Set<string>; listingPages: Set<string>; years: Set<string>; searchShards: Set<string> };

/** Does `has` hold for any number of the run (pages of a listing, search shards)? */
const anyIn = ({ from, to }: { from: number; to: number }, has: (n: number) => boolean) => {
  for (let n = from; n <= to; n += 1) if (has(n)) return true;
  return false;
};

/** Can the change show on an output of this scope? (An output without a scope may show anything.) */
export function reaches(reach: Reach, scope: Scope | undefined): boolean {
  if (!scope) return true;
  if ('slug' in scope) return reach.slugs.has(scope.slug);
  if ('search' in scope) return anyIn(scope.shards, (shard) => reach.searchShards.has(searchShardKey(scope.search, shard)));
  if ('pages' in scope) {
    return reach.listings.has(listingKey(scope.listing)) || anyIn(scope.pages, (page) => reach.listingPages.has(listingPageKey(scope.listing, page)));
  }
  if ('listing' in scope) return reach.listings.has(listingKey(scope.listing)) || reach.listingPages.has(listingPageKey(scope.listing, scope.page));
  return reach.years.has(scope.year) || reach.years.has(releaseSitemapKey(scope.year, scope.file));
}

export type Output = {
  /** The public path, with its locale. */
  path: string;
  route: RouteId;
  params: Record<string, string>;
  /** Is this an HTML page a reader can land on (the proxy's set of known pages)? */
  page: boolean;
  /** What the output shows; its fingerprint is a hash of this. */
  data: () => unknown;
  /** What beyond site-wide data it shows (lib/publish/reach.ts); none: it may show anything. */
  scope?: Scope;
};

/**
 * The pages of a listing (undefined: its own URL; 1…`numbered`) a reach can name: every page when it
 * names the listing, else those its page keys name. `reaches` decides; this only spares a publish walking
 * every page of every listing (2,500 per language at 10,000 releases, for the old model and the new).
 */
function candidatePages(reach: Reach, listing: Listing, numbered: number): (number | undefined)[] {
  if (reach.listings.has(listingKey(listing))) return [undefined, ...Array.from({ length: numbered }, (_, i) => i + 1)];
  const prefix = listingPageKey(listing, undefined);
  let own = false;
  const numbers: number[] = [];
  for (const key of reach.listingPages) {
    if (!key.startsWith(prefix)) continue;
    const page = key.slice(prefix.length);
    if (page === '') own = true;
    else if (Number(page) <= numbered) numbers.push(Number(page));
  }
  return [...(own ? [undefined] : []), ...numbers.sort((a, b) => a - b)];
}

/** The slugs a reach names that the model has (in some language), in the order of `model.slugs()`. */
const candidateSlugs = (model: SiteModel, reach: Reach) => [...reach.slugs].filter((slug) => model.anyLocale(slug)).sort();

/**
 * The outputs of one language: all of them, or, with `reach`, the site-wide
 * ones and those whose scope the reach names (what a publish fingerprints
 * again, without enumerating 44,000 outputs at 10,000 releases).
 */
function localeOutputs(model: SiteModel, locale: Locale, reach?: Reach): Output[] {
  const out: Output[] = [];
  const page = (route: RouteId, path: string, params: Record<string, string>, data: () => unknown, scope?: Scope) =>
    out.push({ path: localePath(locale, path), route, params: { locale, ...params }, page: true, data, scope });
  const file = (route: RouteId, path: string, params: Record<string, string>, data: () => unknown, scope?: Scope) =>
    out.push({ path: localePath(locale, path), route, params: { locale, ...params }, page: false, data, scope });

  page('home', routes.home(), {}, () => homeView(model, locale));
  page('topics', routes.topics(), {}, () => topicsView(model, locale));
  page('search', routes.search(), {}, () => searchPageView(model, locale));
  page('not-found', routes.notFound(), {}, () => ({}));
  file('default-card', routes.defaultCard(), {}, () => defaultCardData(locale));
  file('search-index', routes.searchIndex(), {}, () => searchManifest(model, locale));
  for (const part of searchParts(model, locale)) {
    const scope: SearchScope = { search: locale, shards: part.shards };
    if (reach && !reaches(reach, scope)) continue;
    file('search-part', routes.searchIndexPart(part.number), { file: `${part.number}.json` }, () => searchDocuments(model, locale, part), scope);
  }
  for (const shard of searchShards(model, locale)) {
    const scope: SearchScope = { search: locale, shards: { from: shard.number, to: shard.number } };
    if (reach && !reaches(reach, scope)) continue;
    file('search-text', routes.searchText(shard.number), { file: `${shard.number}.json` }, () => shard.members, scope);
  }

  for (const listing of allListings(model, locale)) {
    const { numberedPages } = listingShape(model, locale, listing);
    for (const number of reach ? candidatePages(reach, listing, numberedPages.length) : [undefined, ...numberedPages]) {
      const scope = { listing, page: number };
      if (reach && !reaches(reach, scope)) continue;
      const data = () => listingView(model, locale, listing, number);
      const path = listingPath(listing, number);
      const pageParam: Record<string, string> = number ? { page: String(number) } : {};
      if (listing.kind === 'all') page(number ? 'releases-page' : 'releases', path, pageParam, data, scope);
      if (listing.kind === 'year') page(number ? 'year-page' : 'release-or-year', path, { slug: listing.year, ...pageParam }, data, scope);
      if (listing.kind === 'topic') page(number ? 'topic-page' : 'topic', path, { topic: listing.topic, ...pageParam }, data, scope);
    }
  }

  for (const slug of reach ? candidateSlugs(model, reach) : model.slugs()) {
    const scope = { slug };
    if (reach && !reaches(reach, scope)) continue;
    page('release-or-year', routes.release(slug), { slug }, () => releaseView(model, locale, slug), scope);
    const release = model.release(locale, slug);
    if (!release) continue;
    file('release-card', routes.releaseCard(slug), { slug }, () => releaseCardData(release), scope);
    if (model.availableLocales(release).length === locales.length) {
      page('bilingual', routes.bilingual(slug), { slug }, () => bilingualView(model, slug), scope);
    }
  }

  for (const format of feedFormats) {
    const items = (topic?: Parameters<typeof feedReleases>[2]) => () => feedReleases(model, locale, topic);
    file('feed', routes.feed(format), { format }, items());
    for (const topic of feedTopics(model, locale)) file('topic-feed', routes.feed(format, topic), { topic, format }, items(topic));
  }
  return out;
}

/**
 * Every output of the site, in a stable order; once per model. Each route's `generateStaticParams` asks
 * for it, in each language: at 10,000 releases, computing it every time was about 5 s of every static publish.
 */
export const siteOutputs = (model: SiteModel): readonly Output[] => outputsOf(model, '');

const outputsOf = perModel('site-outputs', (model): readonly Output[] => enumerate(model));

/** Every output, or (with `reach`) the site-wide ones and those in the reach's scopes. */
const enumerate = (model: SiteModel, reach?: Reach): Output[] => [
  ...locales.flatMap((locale) => localeOutputs(model, locale, reach)),
  { path: siteFiles.sitemapIndex, route: 'sitemap-index', params: {}, page: false, data: () => sitemapIndexXml(model) },
  ...sitemapFiles(model, '')
    .filter(({ scope }) => !reach || reaches(reach, scope))
    .map(({ id, scope }): Output => ({
      path: siteFiles.sitemap(id),
      route: 'sitemap',
      params: { id },
      page: false,
      data: () => sitemap(model, id),
      scope,
    })),
  { path: siteFiles.robots, route: 'robots', params: {}, page: false, data: () => ({}) },
  { path: '/', route: 'language-chooser', params: {}, page: false, data: () => ({}) },
];

/**
 * Works out, once per model, what enumerating its outputs needs (listing shapes, the search layout,
 * sitemap files). A publish needs it of the model before the change as well as after: a publisher that
 * starts does it for the store it read while it waits for changes, so its first publish is no slower
 * than the next ones (0.2–0.3 s at 10,000 releases).
 */
export const prepareOutputs = perModel('outputs-prepared', (model): true => {
  enumerate(model, { slugs: new Set(), listings: new Set(), listingPages: new Set(), years: new Set(), searchShards: new Set() });
  return true;
});

export const fingerprint = (data: unknown) =>
  createHash('sha1')
    .update(JSON.stringify(data) ?? 'undefined')
    .digest('base64url');

/** Path → fingerprint of what it shows, for every output (a full build). */
export const outputFingerprints = (model: SiteModel): Record<string, string> =>
  Object.fromEntries(siteOutputs(model).map((output) => [output.path, fingerprint(output.data())]));

/**
 * The fingerprints after a publish: `before`, with the outputs the change reaches fingerprinted again.
 * Those of the reached scopes in the old model are dropped (a page that no longer exists goes), those in
 * the new model are added; the others keep their fingerprint without being enumerated. `before` is
 * patched in place and returned as `after` (copying 60,000 fingerprints was 60 ms of every publish at
 * 10,000 releases); `replaced` holds what it had at each path looked at, `looked`: the only paths that
 * can differ (what a diff needs to look at).
 */
export function reachedFingerprints(model: SiteModel, reuse: { before: Record<string, string>; reach: Reach; previous: SiteModel }) {
  const after = reuse.before;
  const replaced: Record<string, string> = {};
  const seen = new Set<string>();
  const look = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (after[path] !== undefined) replaced[path] = after[path];
  };
  for (const output of enumerate(reuse.previous, reuse.reach)) {
    look(output.path);
    delete after[output.path];
  }
  for (const output of enumerate(model, reuse.reach)) {
    look(output.path);
    after[output.path] = fingerprint(output.data());
  }
  return { after, looked: [...seen], replaced };
}
