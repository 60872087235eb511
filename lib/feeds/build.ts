import { Feed, type Item } from 'feed';
import type { FeedFormat } from '../routes/paths';

/** One item of a feed: everything absolute (a feed reader has no base URL). */
export type FeedItem = {
  url: string;
  title: string;
  summary: string;
  /** Body HTML with absolute, percent-encoded URLs. */
  html: string;
  published: Date;
  /** The latest update, else the publication. */
  updated: Date;
  attachments: { url: string; type: string; size?: number; title: string }[];
};

export type FeedDocument = {
  /** BCP 47 tag (Atom `xml:lang`, JSON Feed `language`). */
  lang: string;
  /** RSS `<language>`: RSS 2.0 takes the old `xx-yy` codes. */
  rssLanguage: string;
  title: string;
  description: string;
  /** The page the feed follows. */
  link: string;
  self: Record<FeedFormat, string>;
  author: { name: string; link: string };
  image: string;
  generator: string;
  items: FeedItem[];
};

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const EPOCH = new Date(0);

/**
 * A feed in one of three formats, with the `feed` package. Where the package
 * gets a format wrong, the output is corrected here: it types every
 * enclosure as `image/<extension>` ("image/pdf") and leaves RSS enclosures
 * without their required `length`; Atom carries its language only on the
 * root; JSON Feed 1.1 adds `language`, `authors` and all attachments.
 */
export function renderFeed(document: FeedDocument, format: FeedFormat): string {
  const feed = new Feed({
    id: document.link,
    link: document.link,
    title: document.title,
    description: document.description,
    language: format === 'rss' ? document.rssLanguage : document.lang,
    updated: document.items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), EPOCH),
    generator: document.generator,
    feedLinks: document.self,
    author: document.author,
    copyright: `© ${document.author.name}`,
    image: document.image,
  });
  for (const entry of document.items) feed.addItem(toItem(entry, format));
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return atomFixed(feed.atom1(), document);
  return jsonFeed11(feed.json1(), document);
}

function toItem(entry: FeedItem, format: FeedFormat): Item {
  const [first] = entry.attachments;
  return {
    // The canonical URL: stable when the text is edited, unique per language.
    id: entry.url,
    guid: entry.url,
    link: entry.url,
    title: entry.title,
    description: entry.summary,
    content: entry.html,
    date: entry.updated,
    published: entry.published,
    // RSS allows one enclosure, with a length in bytes (0 when unknown, as the RSS Advisory Board advises).
    extensions:
      format === 'rss' && first ? [{ name: 'enclosure', objects: { _attributes: { url: first.url, length: first.size ?? 0, type: first.type } } }] : undefined,
  };
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Atom: `xml:lang` on the root, and every attachment as a correctly typed enclosure link. */
function atomFixed(xml: string, document: FeedDocument): string {
  let out = xml.replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${document.lang}">`);
  for (const item of document.items) {
    if (!item.attachments.length) continue;
    const links = item.attachments
      .map(
        (a) =>
          `<link rel="enclosure" href="${escapeXml(a.url)}" type="${a.type}" title="${escapeXml(a.title)}"${a.size !== undefined ? ` length="${a.size}"` : ''}/>`,
      )
      .join('\n        ');
    // Insert after the entry's alternate link, which carries its unique URL. A function, not a
    // replacement string: `$'` or `$&` in a title ("Budget (S$'000)") would expand into the document.
    out = out.replace(`<link href="${escapeXml(item.url)}"/>`, (link) => `${link}\n        ${links}`);
  }
  return out;
}

function jsonFeed11(json: string, document: FeedDocument): string {
  const data = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[]; author?: unknown };
  data.version = 'https://jsonfeed.org/version/1.1';
  data.language = document.lang;
  if (data.author) data.authors = [data.author];
  data.items = data.items.map((entry, index) => {
    const attachments = document.items[index]!.attachments.map(({ url, type, size, title }) => ({
      url,
      mime_type: type,
      title,
      ...(size !== undefined ? { size_in_bytes: size } : {}),
    }));
    return { ...entry, language: document.lang, ...(attachments.length ? { attachments } : {}) };
  });
  return JSON.stringify(data, null, 2);
}
