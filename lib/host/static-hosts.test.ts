import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { feedContentTypes } from '../feeds/build';
import { metasOf, modelOf } from '../testing/corpus';
import { buildNegotiateBundle } from '../testing/negotiate-bundle';
import { cacheControl } from './cache-control';
import { securityHeaders } from './security-headers';
import { legacyRedirects, type LegacyRedirect } from './legacy';
import { headersFile, redirectPage, redirectsFile } from './static-hosts';

/** `_headers` as the host reads it: pattern → header → value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
    else {
      const [key, ...value] = line.trim().split(': ');
      current!.set(key!, value.join(': '));
    }
  }
  return rules;
}

let legacy: LegacyRedirect[];
let bundle: string;
beforeAll(async () => {
  const model = modelOf(
    await metasOf([
      { slug: 'both', date: '2024-01-02' },
      { slug: 'both', locale: 'zh', date: '2024-01-02' },
      { slug: 'only-zh', locale: 'zh', date: '2024-01-03' },
      // Characters a permalink may hold that HTML and scripts must escape.
      { slug: "q&a-o'neill", date: '2024-01-04', permalink: "/news/q&a-o'neill/" },
    ]),
  );
  legacy = legacyRedirects(model);
  bundle = await buildNegotiateBundle();
}, 60_000);

describe('_headers', () => {
  it('gives every path the security headers and the document lifetime', () => {
    const all = parseHeaders(headersFile()).get('/*')!;
    for (const { key, value } of securityHeaders()) expect(all.get(key), key).toBe(value);
    expect(all.get('Cache-Control')).toBe(cacheControl.document);
  });

  it('types feeds (site and topic) and cards, and keeps hashed assets forever', () => {
    const rules = parseHeaders(headersFile());
    expect(rules.get('/_next/static/*')?.get('Cache-Control')).toBe(cacheControl.immutable);
    for (const [file, format] of [
      ['feed.xml', 'rss'],
      ['atom.xml', 'atom'],
      ['feed.json', 'json'],
    ] as const) {
      expect(rules.get(`/*/${file}`)?.get('Content-Type'), file).toBe(feedContentTypes[format]);
      expect(rules.get(`/*/topics/*/${file}`)?.get('Content-Type'), file).toBe(feedContentTypes[format]);
    }
    expect(Object.fromEntries(rules.get('/*/og.png')!)).toEqual({ 'Content-Type': 'image/png', 'Cache-Control': cacheControl.card });
  });
});

describe('_redirects', () => {
  it('sends old permalinks to the reader’s language (conditions first), and unknown paths to a 404 in the URL’s language', () => {
    expect(redirectsFile(legacy).split('\n')).toEqual([
      '/media-centre/press-releases/both/ /zh/media-centre/press-releases/both/ 301 Language=zh',
      '/media-centre/press-releases/both/ /en/media-centre/press-releases/both/ 301',
      // (A release in one language gets a redundant condition too; harmless.)
      '/media-centre/press-releases/only-zh/ /zh/media-centre/press-releases/only-zh/ 301 Language=zh',
      '/media-centre/press-releases/only-zh/ /zh/media-centre/press-releases/only-zh/ 301',
      "/news/q&a-o'neill/ /en/media-centre/press-releases/q&a-o'neill/ 301",
      ...locales.map((locale) => `/${locale}/* /${locale}/404/ 404`),
      '/* /404.html 404',
      '',
    ]);
  });
});

describe('redirect pages (hosts without rules)', () => {
  const page = (from: string) =>
    redirectPage(
      legacy.find((redirect) => redirect.from === from)!,
      bundle,
    );

  /** Runs the page's script as a browser with these languages would, and returns where it sends the reader. */
  function scriptTarget(html: string, languages: string[]): string {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    let target = '';
    vm.runInNewContext(scripts[0]!, { navigator: { languages }, location: { replace: (to: string) => (target = to) } });
    return target;
  }

  it('without scripts: canonical and a refresh to the default language’s version, links to every version', () => {
    const html = page('/media-centre/press-releases/both/');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<link rel="canonical" href="/en/media-centre/press-releases/both/">');
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="0; url=/en/media-centre/press-releases/both/"></noscript>');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/zh/media-centre/press-releases/both/" hreflang="zh-Hans">');
    // A release only in Chinese falls back to Chinese.
    expect(page('/media-centre/press-releases/only-zh/')).toContain('url=/zh/media-centre/press-releases/only-zh/"');
  });

  it('with scripts: negotiates with the same code as the server', () => {
    const html = page('/media-centre/press-releases/both/');
    const cases: [string[], string][] = [
      [['fr', 'zh'], 'zh'],
      [['zh-TW'], 'zh'],
      [['zh-Hant-HK', 'en'], 'zh'],
      [['en-SG', 'zh'], 'en'],
      [['de'], 'en'],
      [[], 'en'],
    ];
    for (const [languages, locale] of cases) expect(scriptTarget(html, languages), languages.join()).toBe(`/${locale}/media-centre/press-releases/both/`);
    expect(scriptTarget(page('/media-centre/press-releases/only-zh/'), ['en'])).toBe('/zh/media-centre/press-releases/only-zh/');
  });

  it('escapes what a permalink may hold, in attributes and in the script', () => {
    const html = page("/news/q&a-o'neill/");
    expect(html).toContain(`<link rel="canonical" href="/en/media-centre/press-releases/q&amp;a-o'neill/">`);
    expect(html).not.toMatch(/(?:href|url)=[^>]*&(?!amp;)/);
    expect(scriptTarget(html, ['en'])).toBe("/en/media-centre/press-releases/q&a-o'neill/");
  });
});
