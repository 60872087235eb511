import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { legacyAnnexUrl, localPath, releasePath, siteUrl } from './helpers';

const parser = new Parser({ customFields: { feed: ['language'], item: [['content:encoded', 'contentEncoded']] } });
const titles = {
  en: 'Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects',
  zh: '新加坡与深圳推动智慧城市合作，启动14个新项目',
} as const;

for (const locale of ['en', 'zh'] as const) {
  test.describe(`${locale} feeds`, () => {
    test('RSS 2.0: language, absolute links, full body, enclosure', async ({ request }) => {
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
      expect(item!.pubDate).toBe('Thu, 14 Dec 2023 00:00:00 GMT');
      expect(item!.contentSnippet?.length).toBeGreaterThan(0);
      const body = (item as unknown as { contentEncoded: string }).contentEncoded;
      expect(body).toContain(`href="${legacyAnnexUrl}"`);
      for (const [, url] of body.matchAll(/(?:href|src)="([^"]+)"/g)) expect(url).toMatch(/^https?:\/\/\S+$/);
      expect(item!.enclosure).toMatchObject({ url: legacyAnnexUrl, type: 'application/pdf' });
      expect(xml).toContain(`<atom:link href="${siteUrl}/${locale}/feed.xml" rel="self"`);
    });

    test('Atom 1.0: xml:lang, entries, enclosure link', async ({ request }) => {
      const response = await request.get(`/${locale}/atom.xml`);
      expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
      const xml = await response.text();
      expect(xml).toContain(`xml:lang="${locale === 'zh' ? 'zh-Hans' : 'en'}"`);
      expect(xml).toContain(`rel="enclosure"`);
      const feed = await parser.parseString(xml);
      expect(feed.items.map((item) => item.title)).toEqual([titles[locale]]);
      expect(feed.items[0]!.link).toBe(`${siteUrl}${releasePath(locale)}`);
    });

    test('JSON Feed 1.1: language, items, attachments', async ({ request }) => {
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
      expect(item.summary).toBeTruthy();
      expect(item.date_published).toBe('2023-12-14T00:00:00.000Z');
      expect(item.attachments).toEqual([
        expect.objectContaining({ url: legacyAnnexUrl, mime_type: 'application/pdf' }),
      ]);
      expect(JSON.stringify(feed)).not.toContain('undefined');
    });

    test('pages advertise the feeds in <head> and link them in the footer', async ({ page, request }) => {
      await page.goto(`/${locale}/`);
      for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
        const href = await page.locator(`head link[rel="alternate"][type="${type}"]`).getAttribute('href');
        expect(href).toMatch(new RegExp(`^${siteUrl}/${locale}/`));
        expect((await request.get(localPath(href!))).status()).toBe(200);
      }
      const footerFeeds = page.getByRole('navigation', { name: locale === 'zh' ? '订阅' : 'Subscribe' });
      await expect(footerFeeds.getByRole('link', { name: locale === 'zh' ? 'RSS 订阅' : 'RSS feed' })).toHaveAttribute(
        'href',
        `/${locale}/feed.xml`,
      );
    });
  });
}
