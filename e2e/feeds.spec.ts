import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { legacyAnnexUrl, localPath, locales, release, releasePath, siteUrl } from './helpers';

const parser = new Parser({ customFields: { feed: ['language'], item: [['content:encoded', 'contentEncoded'], 'summary', 'published'] } });
const titles = release.titles;
/** 2023-12-14 00:00 in Singapore is 16:00 UTC the day before. */
const publishedUtc = new Date(release.published);

for (const locale of locales) {
  test.describe(`${locale} feeds`, () => {
    test('RSS 2.0: language, absolute links, full body, summary, Singapore date, enclosure with length', async ({ request }) => {
      const response = await request.get(`/${locale}/feed.xml`);
      expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
      const xml = await response.text();
      expect(xml).not.toContain('undefined');
      const feed = await parser.parseString(xml);
      expect(feed.language).toBe(locale === 'zh' ? 'zh-cn' : 'en');
      expect(feed.items).toHaveLength(1);
      const [item] = feed.items;
      expect(item!.title).toBe(titles[locale]);
      expect(item!.link).toBe(`${siteUrl}${releasePath(locale)}`);
      expect(item!.guid).toBe(item!.link);
      expect(item!.pubDate).toBe('Wed, 13 Dec 2023 16:00:00 GMT');
      expect(new Date(item!.pubDate!).getTime()).toBe(publishedUtc.getTime());
      // The description is the first bullet of the body, not the title repeated.
      expect(item!.content).toBe(release.summaries[locale]);
      expect(item!.content).not.toBe(item!.title);
      const body = (item as unknown as { contentEncoded: string }).contentEncoded;
      expect(body).toContain(`href="${legacyAnnexUrl}"`);
      for (const [, url] of body.matchAll(/(?:href|src)="([^"]+)"/g)) expect(url).toMatch(/^https?:\/\/\S+$/);
      // RSS requires `length`; 0 when the size is unknown.
      expect(item!.enclosure).toEqual({ url: legacyAnnexUrl, type: 'application/pdf', length: '0' });
      expect(xml).toContain(`<atom:link href="${siteUrl}/${locale}/feed.xml" rel="self"`);
    });

    test('Atom 1.0: xml:lang, entries, summary, PDF enclosure link', async ({ request }) => {
      const response = await request.get(`/${locale}/atom.xml`);
      expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
      const xml = await response.text();
      expect(xml).toContain(`xml:lang="${locale === 'zh' ? 'zh-Hans' : 'en'}"`);
      // The annex is a PDF (not the "image/pdf" the feed package guesses from the extension).
      const enclosures = [...xml.matchAll(/<link rel="enclosure"[^>]*>/g)].map((m) => m[0]);
      expect(enclosures).toHaveLength(1);
      expect(enclosures[0]).toContain(`href="${legacyAnnexUrl}"`);
      expect(enclosures[0]).toContain('type="application/pdf"');
      const feed = await parser.parseString(xml);
      expect(feed.items.map((item) => item.title)).toEqual([titles[locale]]);
      const [entry] = feed.items as unknown as { link: string; summary: string; published: string }[];
      expect(entry!.link).toBe(`${siteUrl}${releasePath(locale)}`);
      expect(entry!.summary).toBe(release.summaries[locale]);
      expect(new Date(entry!.published).getTime()).toBe(publishedUtc.getTime());
    });

    test('JSON Feed 1.1: language, items, summary, attachments', async ({ request }) => {
      const response = await request.get(`/${locale}/feed.json`);
      expect(response.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
      const feed = await response.json();
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.language).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
      expect(feed.feed_url).toBe(`${siteUrl}/${locale}/feed.json`);
      expect(feed.items).toHaveLength(1);
      const [item] = feed.items;
      expect(item).toMatchObject({ id: `${siteUrl}${releasePath(locale)}`, url: `${siteUrl}${releasePath(locale)}`, title: titles[locale] });
      expect(typeof item.content_html).toBe('string');
      expect(item.summary).toBe(release.summaries[locale]);
      expect(new Date(item.date_published).getTime()).toBe(publishedUtc.getTime());
      expect(item.attachments).toEqual([expect.objectContaining({ url: legacyAnnexUrl, mime_type: 'application/pdf' })]);
      expect(JSON.stringify(feed)).not.toContain('undefined');
    });

    test('pages advertise the site’s feeds (and no topic feeds) in <head> and link them in the footer', async ({ page, request }) => {
      for (const path of [`/${locale}/`, `/${locale}/media-centre/press-releases/`, `/${locale}/topics/`, releasePath(locale)]) {
        await page.goto(path);
        for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
          const hrefs = await page.locator(`head link[rel="alternate"][type="${type}"]`).evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
          // Only the site's feed: the real content has no topics, so no topic feed to follow.
          expect(hrefs, `${path} ${type}`).toHaveLength(1);
          expect(hrefs[0]).toMatch(new RegExp(`^${siteUrl}/${locale}/(feed|atom)\\.(xml|json)$`));
          expect((await request.get(localPath(hrefs[0]!))).status()).toBe(200);
        }
        await expect(page.locator('a[href*="/topics/"][href$=".xml"], a[href*="/topics/"][href$=".json"]'), path).toHaveCount(0);
      }
      const footerFeeds = page.getByRole('navigation', { name: locale === 'zh' ? '订阅' : 'Subscribe' });
      await expect(footerFeeds.getByRole('link', { name: locale === 'zh' ? 'RSS 订阅' : 'RSS feed' })).toHaveAttribute('href', `/${locale}/feed.xml`);
    });

    test('no topic has a feed: the real content has no topics', async ({ request }) => {
      for (const file of ['feed.xml', 'atom.xml', 'feed.json']) {
        expect((await request.get(`/${locale}/topics/ai/${file}`)).status(), file).toBe(404);
      }
    });
  });
}
