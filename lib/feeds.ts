import { Feed, type Item } from 'feed';
import { localeConfig, type Locale } from '@/i18n/locales';
import { messages } from '@/i18n/messages';
import type { Release } from './content';
import { feedBody } from './feed-body';
import { dayToDate } from './format';
import { localeUrl } from './metadata';
import { routes } from './routes';
import { site } from './site';

export const feedFormats = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof feedFormats)[number];

/** Locale-free path of each feed of a listing (`base` is `/` or a topic's path). */
export const feedPaths: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

type FeedInput = {
  locale: Locale;
  releases: Release[];
  title: string;
  description: string;
  /** Locale-free path of the listing the feed follows; its feed files sit under it. */
  basePath?: string;
};

async function item(release: Release): Promise<Item & { attachments: Awaited<ReturnType<typeof feedBody>>['attachments'] }> {
  const url = localeUrl(release.locale, routes.release(release.slug));
  const body = await feedBody(release);
  const [first] = body.attachments;
  return {
    // The canonical URL: stable when the text is edited, unique per language.
    id: url,
    guid: url,
    link: url,
    title: release.title,
    description: release.summary,
    content: body.html,
    date: dayToDate(release.date),
    published: dayToDate(release.date),
    enclosure: first ? { url: first.url, type: first.type, length: first.length, title: first.title } : undefined,
    attachments: body.attachments,
  };
}

/** One listing's feed in all three formats; the newest `site.feedItemLimit` releases. */
export async function renderFeed(input: FeedInput, format: FeedFormat): Promise<string> {
  const { locale } = input;
  const base = input.basePath ?? routes.home();
  const self = (f: FeedFormat) => localeUrl(locale, `${base}${feedPaths[f]}`);
  const items = await Promise.all(input.releases.slice(0, site.feedItemLimit).map(item));
  const agency = site.agency.name[locale];
  const feed = new Feed({
    id: localeUrl(locale, base),
    link: localeUrl(locale, base),
    title: input.title,
    description: input.description,
    language: format === 'rss' ? localeConfig[locale].rss : localeConfig[locale].tag,
    updated: items[0]?.date ?? dayToDate('1970-01-01'),
    generator: messages[locale].Site.name,
    feedLinks: { rss: self('rss'), atom: self('atom'), json: self('json') },
    author: { name: agency, link: site.legacyOrigin },
    copyright: `© ${agency}`,
    image: localeUrl(locale, routes.defaultCard()),
  });
  for (const entry of items) feed.addItem(entry);

  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return withAtomLanguage(feed.atom1(), localeConfig[locale].tag);
  return jsonFeed11(feed.json1(), localeConfig[locale].tag, items);
}

/** Atom has no language element; `xml:lang` on the root carries it. */
function withAtomLanguage(xml: string, tag: string): string {
  return xml.replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${tag}">`);
}

/**
 * `feed` writes JSON Feed 1.0; 1.1 adds `language`, `authors` and item
 * `attachments` (all attachments, where RSS allows one enclosure).
 */
function jsonFeed11(json: string, tag: string, items: Awaited<ReturnType<typeof item>>[]): string {
  const data = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[]; author?: unknown };
  data.version = 'https://jsonfeed.org/version/1.1';
  data.language = tag;
  if (data.author) data.authors = [data.author];
  data.items = data.items.map((entry, index) => {
    const attachments = items[index]!.attachments.map(({ url, type, length, title }) => ({
      url,
      mime_type: type,
      title,
      ...(length !== undefined ? { size_in_bytes: length } : {}),
    }));
    return { ...entry, language: tag, ...(attachments.length ? { attachments } : {}) };
  });
  return JSON.stringify(data, null, 2);
}

export function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, {
    headers: { 'Content-Type': feedContentTypes[format], 'Cache-Control': 'public, max-age=600' },
  });
}

/** `<link rel="alternate">` entries for a page's `<head>` (feed autodiscovery): the site's feeds, and a listing's own. */
export function feedAlternates(locale: Locale, listingPath?: string) {
  const t = messages[locale].Feeds;
  const bases = [routes.home(), ...(listingPath && listingPath !== routes.home() ? [listingPath] : [])];
  const entries = (format: FeedFormat) =>
    bases.map((base) => ({ url: localeUrl(locale, `${base}${feedPaths[format]}`), title: t[format] }));
  return {
    'application/rss+xml': entries('rss'),
    'application/atom+xml': entries('atom'),
    'application/feed+json': entries('json'),
  };
}
