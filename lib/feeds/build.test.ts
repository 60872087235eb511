import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { renderFeed, type FeedDocument } from './build';

const ORIGIN = 'https://media.example.gov';
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Three items in the order the feed must keep (not date order), with and without attachments and sizes. */
const document: FeedDocument = {
  lang: 'zh-Hans',
  rssLanguage: 'zh-cn',
  title: '新闻稿 & <更新>',
  description: '数码发展及新闻部的新闻稿',
  link: `${ORIGIN}/zh/`,
  self: { rss: `${ORIGIN}/zh/feed.xml`, atom: `${ORIGIN}/zh/atom.xml`, json: `${ORIGIN}/zh/feed.json` },
  author: { name: '数码发展及新闻部', link: 'https://agency.example.gov/' },
  image: `${ORIGIN}/zh/og.png`,
  generator: '媒体中心',
  items: [
    {
      url: `${ORIGIN}/zh/media-centre/press-releases/updated/`,
      title: '更新的新闻稿',
      summary: '摘要一',
      html: `<p>见 <a href="${ORIGIN}/files/Annex%20A.pdf">附件</a></p>`,
      published: new Date('2024-01-02T10:00:00+08:00'),
      updated: new Date('2024-03-05T09:30:00+08:00'),
      attachments: [
        // A title with `$'` and `&`: text that a string replacement would expand or break.
        { url: `${ORIGIN}/files/Annex%20A.pdf`, type: PDF, size: 123_456, title: "Budget (S$'000) & notes" },
        { url: 'https://legacy.example.gov/files/b.docx', type: DOCX, title: 'Annex B' },
      ],
    },
    {
      url: `${ORIGIN}/zh/media-centre/press-releases/newest/`,
      title: '最新的新闻稿',
      summary: '摘要二',
      html: '<p>正文。</p>',
      published: new Date('2024-02-01T00:00:00+08:00'),
      updated: new Date('2024-02-01T00:00:00+08:00'),
      attachments: [{ url: 'https://legacy.example.gov/files/c.pdf', type: PDF, title: 'Annex C' }],
    },
    {
      url: `${ORIGIN}/zh/media-centre/press-releases/plain/`,
      title: '没有附件',
      summary: '摘要三',
      html: '',
      published: new Date('2023-12-14T00:00:00+08:00'),
      updated: new Date('2023-12-14T00:00:00+08:00'),
      attachments: [],
    },
  ],
};

type Link = { $: Record<string, string> };
type Feed = { attributes: Record<string, string>; language?: string; generator?: string };
type Entry = { links: Link[]; id?: string; guid?: string; updated?: string; published?: string; 'content:encoded'?: string };
// The root element's attributes (`xml:lang`) and each entry's every <link>, as parsed, beside what rss-parser reads.
// (Its types allow only plain names for feed fields; renaming `$` with keepArray works the same as for items.)
const parser = new Parser<Feed, Entry>({
  customFields: {
    feed: [['$', 'attributes', { keepArray: true }]] as unknown as (keyof Feed)[],
    item: [['link', 'links', { keepArray: true }], 'guid', 'id', 'updated', 'published'],
  },
});
const urls = document.items.map((item) => item.url);

describe('feeds', () => {
  it.each(['rss', 'atom', 'json'] as const)('%s: no "undefined" or "null" anywhere', (format) => {
    expect(renderFeed(document, format)).not.toMatch(/undefined|null|NaN|Invalid Date/);
  });

  it('RSS: old-style language code, items in order, one enclosure each with a real type and a length (0 when unknown)', async () => {
    const xml = renderFeed(document, 'rss');
    const feed = await parser.parseString(xml);
    expect(feed).toMatchObject({ language: 'zh-cn', title: document.title, link: document.link, generator: document.generator });
    expect(feed.items.map((item) => item.link)).toEqual(urls);
    expect(feed.items.map((item) => item.guid)).toEqual(urls);
    expect(feed.items.map((item) => item.enclosure)).toEqual([
      { url: `${ORIGIN}/files/Annex%20A.pdf`, length: '123456', type: PDF },
      { url: 'https://legacy.example.gov/files/c.pdf', length: '0', type: PDF },
      undefined,
    ]);
    expect(feed.items[0]!['content:encoded']).toContain(`href="${ORIGIN}/files/Annex%20A.pdf"`);
    expect(xml).not.toContain('image/pdf');
  });

  it('Atom: xml:lang on the root, every attachment a typed enclosure link beside its own entry, updated and published dates', async () => {
    const xml = renderFeed(document, 'atom');
    const feed = await parser.parseString(xml);
    expect(feed.attributes['xml:lang']).toBe('zh-Hans');
    expect(feed.feedUrl).toBe(document.self.atom);
    expect(feed.items.map((item) => item.id)).toEqual(urls);
    const enclosures = feed.items.map((item) => item.links.filter((link) => link.$.rel === 'enclosure').map((link) => link.$));
    expect(enclosures).toEqual([
      [
        { rel: 'enclosure', href: `${ORIGIN}/files/Annex%20A.pdf`, type: PDF, title: "Budget (S$'000) & notes", length: '123456' },
        { rel: 'enclosure', href: 'https://legacy.example.gov/files/b.docx', type: DOCX, title: 'Annex B' },
      ],
      [{ rel: 'enclosure', href: 'https://legacy.example.gov/files/c.pdf', type: PDF, title: 'Annex C' }],
      [],
    ]);
    // Each entry still has its own alternate link, and exactly one.
    expect(feed.items.map((item) => item.links.filter((link) => !link.$.rel).map((link) => link.$.href))).toEqual(urls.map((url) => [url]));
    expect(feed.items.map((item) => [item.updated, item.published])).toEqual(
      document.items.map((item) => [item.updated.toISOString(), item.published.toISOString()]),
    );
  });

  it('JSON Feed 1.1: version, language, authors, attachments with MIME types and sizes, date_modified', () => {
    const feed = JSON.parse(renderFeed(document, 'json')) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'zh-Hans',
      title: document.title,
      home_page_url: document.link,
      feed_url: document.self.json,
      authors: [{ name: document.author.name }],
    });
    expect(feed.items.map((item) => item.id)).toEqual(urls);
    expect(feed.items.map((item) => item.url)).toEqual(urls);
    expect(feed.items[0]).toMatchObject({
      language: 'zh-Hans',
      date_published: document.items[0]!.published.toISOString(),
      date_modified: document.items[0]!.updated.toISOString(),
      attachments: [
        { url: `${ORIGIN}/files/Annex%20A.pdf`, mime_type: PDF, title: "Budget (S$'000) & notes", size_in_bytes: 123_456 },
        { url: 'https://legacy.example.gov/files/b.docx', mime_type: DOCX, title: 'Annex B' },
      ],
    });
    expect(feed.items[0]!.attachments).not.toContainEqual(expect.objectContaining({ size_in_bytes: undefined }));
    expect(feed.items[2]).not.toHaveProperty('attachments');
  });

  it.each(['rss', 'atom', 'json'] as const)('%s: every URL is absolute', (format) => {
    const text = renderFeed(document, format);
    const found = [...text.matchAll(/(?:href|url|src)(?:="|": ")([^"]*)"/g)].map((m) => m[1]!);
    expect(found.length).toBeGreaterThan(3);
    expect(found.filter((url) => !/^https:\/\/[^/]+\//.test(url))).toEqual([]);
  });

  it('an English feed says en in every format', async () => {
    const english = { ...document, lang: 'en', rssLanguage: 'en' };
    expect((await parser.parseString(renderFeed(english, 'rss'))).language).toBe('en');
    expect((await parser.parseString(renderFeed(english, 'atom'))).attributes['xml:lang']).toBe('en');
    expect(JSON.parse(renderFeed(english, 'json')).language).toBe('en');
  });
});
