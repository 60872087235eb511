import { describe, expect, it } from 'vitest';
import { platforms, shareLinks, type Platform } from './links';

const url = 'https://www.example.gov.sg/zh/media-centre/press-releases/smart-city-collaboration/';
const title = '新加坡与深圳推动智慧城市合作 & 启动14个新项目';
const byPlatform = (links: ReturnType<typeof shareLinks>) =>
  Object.fromEntries(links.map((link) => [link.platform, link])) as Record<Platform, (typeof links)[number]>;
const links = byPlatform(shareLinks({ url, title }));
const params = (href: string) => new URL(href).searchParams;

describe('shareLinks', () => {
  it('gives one link per platform, in order', () => {
    expect(shareLinks({ url, title }).map((link) => link.platform)).toEqual([...platforms]);
  });

  it("points at each platform's share page with the page URL and title", () => {
    expect(new URL(links.whatsapp.href).origin + new URL(links.whatsapp.href).pathname).toBe('https://wa.me/');
    expect(params(links.whatsapp.href).get('text')).toBe(`${title} ${url}`);

    expect(links.telegram.href.startsWith('https://t.me/share/url?')).toBe(true);
    expect(params(links.telegram.href).get('url')).toBe(url);
    expect(params(links.telegram.href).get('text')).toBe(title);

    expect(links.linkedin.href.startsWith('https://www.linkedin.com/sharing/share-offsite/?')).toBe(true);
    expect(params(links.linkedin.href).get('url')).toBe(url);

    expect(links.facebook.href.startsWith('https://www.facebook.com/sharer/sharer.php?')).toBe(true);
    expect(params(links.facebook.href).get('u')).toBe(url);

    expect(links.x.href.startsWith('https://x.com/intent/post?')).toBe(true);
    expect(params(links.x.href).get('url')).toBe(url);
    expect(params(links.x.href).get('text')).toBe(title);
  });

  it('percent-encodes the URL, `&`, spaces and Chinese, so no value spills into another parameter', () => {
    expect(links.telegram.href).toBe(
      'https://t.me/share/url?url=https%3A%2F%2Fwww.example.gov.sg%2Fzh%2Fmedia-centre%2Fpress-releases%2Fsmart-city-collaboration%2F' +
        '&text=%E6%96%B0%E5%8A%A0%E5%9D%A1%E4%B8%8E%E6%B7%B1%E5%9C%B3%E6%8E%A8%E5%8A%A8%E6%99%BA%E6%85%A7%E5%9F%8E%E5%B8%82%E5%90%88%E4%BD%9C' +
        '%20%26%20%E5%90%AF%E5%8A%A814%E4%B8%AA%E6%96%B0%E9%A1%B9%E7%9B%AE',
    );
    for (const link of Object.values(links)) {
      const search = link.href.slice(link.href.indexOf('?') + 1);
      expect(search, link.platform).not.toMatch(/[\s+#\u4e00-\u9fff]/);
      // Each parameter is one `key=value`: the title's `&` did not make another.
      for (const pair of search.split('&')) expect(pair, link.platform).toMatch(/^[a-z]+=[^=]*$/);
    }
  });

  it('keeps a query string and fragment in the page URL inside its parameter', () => {
    const tricky = 'https://example.gov.sg/en/a b/?x=1&y=2#part';
    const shared = byPlatform(shareLinks({ url: tricky, title: 'A & B' }));
    expect(params(shared.facebook.href).get('u')).toBe(tricky);
    expect([...params(shared.facebook.href).keys()]).toEqual(['u']);
    expect(params(shared.x.href).get('text')).toBe('A & B');
  });

  it('writes e-mail as an RFC 6068 mailto: with %20 spaces and CRLF line breaks', () => {
    expect(links.email.href.startsWith('mailto:?subject=')).toBe(true);
    const email = new URL(links.email.href);
    expect(email.searchParams.get('subject')).toBe(title);
    expect(email.searchParams.get('body')).toBe(`${title}\r\n\r\n${url}`);
    expect(links.email.href).toContain('%20%26%20');
    expect(links.email.href).toContain('%0D%0A%0D%0A');
  });

  it('opens web share pages in a new tab, and e-mail in the mail program', () => {
    expect(
      Object.values(links)
        .filter((link) => !link.newTab)
        .map((link) => link.platform),
    ).toEqual(['email']);
  });
});
