/**
 * The feeds of a locale (all releases) and of each topic: which releases
 * they carry, and the documents the feed routes render.
 */
import path from 'node:path';
import { localeConfig, type Locale } from '../../i18n/locales';
import { perModel, perRelease } from '../content/memo';
import type { SiteModel } from '../content/model';
import type { ReleaseMeta } from '../content/record';
import { readRecord } from '../content/store/read';
import { routes, type FeedFormat } from '../routes/paths';
import { absoluteUrl } from '../routes/absolute';
import { site } from '../site/config';
import type { Topic } from '../site/topics';
import { absoluteBody, absoluteUrlOf } from './body';
import type { FeedDocument } from './build';

export { feedContentTypes, renderFeed, type FeedDocument, type FeedItem } from './build';

const lastChangeTime = perRelease('last-change-time', (release) => Date.parse((release.updated ?? release.published).iso));

/**
 * The releases a feed carries: the newest `site.feedItemLimit` by their last
 * change, so an updated release moves up, as feed readers expect of an entry
 * whose `<updated>` changed.
 */
export const feedReleases = (model: SiteModel, locale: Locale, topic?: Topic): ReleaseMeta[] => newestChanged(model, `${locale}:${topic ?? ''}`);

// Three formats of each feed: once per model.
const newestChanged = perModel('feed-newest-changed', (model, key) => {
  const [locale, topic] = key.split(':') as [Locale, Topic | ''];
  const carried: ReleaseMeta[] = [];
  for (const release of byLastChange(model, locale)) {
    if (carried.length === site.feedItemLimit) break;
    if (!topic || release.topics.includes(topic)) carried.push(release);
  }
  return carried;
});

// The locale's releases by last change, newest first: one sort per locale, which every topic's feed
// walks (a sort per feed was 50 ms of every publish at 10,000 releases). Equal times keep the
// listings' order (the sort is stable), as the sort per feed did.
const byLastChange = perModel('feed-by-last-change', (model, locale) =>
  model
    .releases(locale as Locale)
    .map((release) => ({ release, at: lastChangeTime(release) }))
    .sort((a, b) => b.at - a.at)
    .map(({ release }) => release),
);

/** A feed exists for the locale and for each topic with releases in it. */
export function feedTopics(model: SiteModel, locale: Locale): Topic[] {
  return model.topics(locale).map(({ topic }) => topic);
}

const links = () => ({
  publicDir: path.resolve(/* turbopackIgnore: true */ 'public'),
  legacyOrigin: site.legacyOrigin,
  legacyPathPrefixes: site.legacyPathPrefixes,
  absoluteOrigin: site.url,
});

/** Everything a feed shows, bodies included (read from the store). */
export async function feedDocument(
  model: SiteModel,
  locale: Locale,
  text: { title: string; description: string; generator: string },
  topic?: Topic,
): Promise<FeedDocument> {
  const base = topic ? routes.topic(topic) : routes.home();
  const self = (format: FeedFormat) => absoluteUrl(locale, routes.feed(format, topic));
  const items = await Promise.all(
    feedReleases(model, locale, topic).map(async (release) => {
      const record = readRecord(release);
      return {
        url: absoluteUrl(locale, routes.release(release.slug)),
        title: release.title,
        summary: release.summary,
        html: record ? await absoluteBody(record.html, links()) : '',
        published: new Date(release.published.iso),
        updated: new Date((release.updated ?? release.published).iso),
        attachments: release.attachments.map((a) => ({ url: absoluteUrlOf(a.url, links()), type: a.type, size: a.size, title: a.title })),
      };
    }),
  );
  return {
    lang: localeConfig[locale].tag,
    rssLanguage: localeConfig[locale].rss,
    title: text.title,
    description: text.description,
    link: absoluteUrl(locale, base),
    self: { rss: self('rss'), atom: self('atom'), json: self('json') },
    author: { name: site.agency.name[locale], link: site.agency.url },
    image: absoluteUrl(locale, routes.defaultCard()),
    generator: text.generator,
    items,
  };
}
