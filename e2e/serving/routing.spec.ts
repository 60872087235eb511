import { expect, test } from '@playwright/test';
import { localeConfig, type Locale } from '../../i18n/locales';
import en from '../../messages/en.json' with { type: 'json' };
import zh from '../../messages/zh.json' with { type: 'json' };
import { permalink, releasePath } from '../helpers';
import { bytes, leaks, rawRequest, type RawResponse } from './hostile';

/**
 * How the server answers before any page renders (the host contract,
 * lib/host/contract.ts), under each way it is deployed: `next start` bound to
 * 127.0.0.1, to 0.0.0.0, and behind nginx. Raw requests (./hostile.ts), so
 * the bytes of each path reach the server as written.
 */

/** A behaviour check, not a benchmark: the broken rewrite hung for 30 s, a healthy answer takes milliseconds. */
const QUICK_MS = 1000;
const notFoundTitle: Record<Locale, string> = { en: en.NotFound.title, zh: zh.NotFound.title };
const SECURITY_HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'permissions-policy',
];

/** nginx refuses some malformed requests itself (400) before Next sees them: allowed there, and only there. */
const behindNginx = () => test.info().project.name.includes('nginx');

async function send(baseURL: string | undefined, path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const response = await rawRequest(baseURL!, { method: init.method ?? 'GET', path, headers: init.headers });
  expect(response.error, `${init.method ?? 'GET'} ${path.slice(0, 80)} is answered`).toBeUndefined();
  expect(response.status, 'never a server error').toBeLessThan(500);
  expect(response.ms, `answered in under ${QUICK_MS} ms`).toBeLessThan(QUICK_MS);
  return response;
}

const locationPath = (response: RawResponse) => new URL(response.headers.location!, 'http://any.test').pathname;
const varies = (response: RawResponse) => String(response.headers.vary ?? '').toLowerCase();

function expectLocalizedNotFound(response: RawResponse, locale: Locale) {
  expect(response.status).toBe(404);
  expect(response.headers['content-type']).toMatch(/^text\/html/);
  // Real HTML, readable without JavaScript: the language and the heading are in the bytes served.
  expect(response.body).toContain(`<html lang="${localeConfig[locale].tag}"`);
  expect(response.body).toMatch(new RegExp(`<h1[^>]*>${notFoundTitle[locale]}</h1>`));
  for (const header of SECURITY_HEADERS) expect(response.headers[header], header).toBeTruthy();
  expect(leaks(response.body, [])).toEqual([]);
}

test.describe('`/` sends readers to their language', () => {
  for (const [acceptLanguage, locale] of [
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-SG', 'zh'],
    ['fr, zh;q=0.8', 'zh'],
    ['zh-TW', 'zh'],
    ['zh-Hant-HK', 'zh'],
    ['en-GB,en;q=0.9', 'en'],
    ['en-SG', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['', 'en'],
    [';;;q=abc,*;q=x', 'en'],
    [undefined, 'en'],
  ] as const) {
    test(`Accept-Language ${JSON.stringify(acceptLanguage ?? 'absent')} -> /${locale}/`, async ({ baseURL }) => {
      const response = await send(baseURL, '/', { headers: acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage } });
      expect(response.status).toBe(302);
      expect(locationPath(response)).toBe(`/${locale}/`);
      expect(varies(response)).toContain('accept-language');
    });
  }
});

test('readers arriving together are not queued behind each other', async ({ baseURL }) => {
  // Redirects by language are never cached; nginx's cache lock once made each waiting reader of `/` poll for 500 ms.
  const responses = await Promise.all(
    Array.from({ length: 12 }, (_, i) => send(baseURL, i % 2 ? '/' : permalink(), { headers: { 'Accept-Language': i % 3 ? 'zh-CN' : 'en' } })),
  );
  expect(responses.map(({ status }) => status).sort()).toEqual([...Array(6).fill(301), ...Array(6).fill(302)]);
});

test.describe('old permalinks lead to the release in the reader’s language', () => {
  for (const [acceptLanguage, locale] of [
    ['zh-CN,zh;q=0.9', 'zh'],
    ['fr, zh;q=0.8', 'zh'],
    ['zh-Hant-HK', 'zh'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [';;;q=abc,*;q=x', 'en'],
  ] as const) {
    test(`${JSON.stringify(acceptLanguage)} -> ${locale}`, async ({ baseURL }) => {
      const response = await send(baseURL, permalink(), { headers: { 'Accept-Language': acceptLanguage } });
      expect(response.status).toBe(301);
      expect(locationPath(response)).toBe(releasePath(locale));
      expect(varies(response)).toContain('accept-language');
    });
  }
});

test.describe('unknown paths get the localized 404, quickly', () => {
  const RELEASES = '/media-centre/press-releases/';
  for (const [name, path, locale] of [
    ['a page', '/en/no-such-page/', 'en'],
    ['a page in Chinese', '/zh/nope/', 'zh'],
    ['a nested page', '/zh/no-such-page/deeper/', 'zh'],
    ['a release under an unknown slug', `/zh${RELEASES}no-such-release/`, 'zh'],
    ['the side-by-side page of an unknown slug', `/en${RELEASES}no-such-release/bilingual/`, 'en'],
    ['a listing page past the end', `/en${RELEASES}2023/page/99/`, 'en'],
    ['an unknown topic', '/en/topics/no-such-topic/', 'en'],
    ['markup in the slug', `/en${RELEASES}%3Cscript%3E/`, 'en'],
    ['a segment of 3,000 characters', `/en/${'a'.repeat(3000)}/`, 'en'],
    ['a percent-encoded Chinese segment', `/zh/${encodeURIComponent('新闻')}/`, 'zh'],
  ] as const) {
    test(`${name}: ${path.slice(0, 60)}`, async ({ baseURL }) => {
      expectLocalizedNotFound(await send(baseURL, path), locale);
    });
  }

  test('an invalid percent-escape in a release URL', async ({ baseURL }) => {
    const response = await send(baseURL, `/en${RELEASES}%ZZ/`);
    // nginx rejects the request line itself (RFC 3986: `%ZZ` is no escape); Next answers the page's 404.
    if (behindNginx()) expect(response.status).toBe(400);
    else expectLocalizedNotFound(response, 'en');
  });

  test('raw UTF-8 bytes in a path are no request target: 400 from the HTTP parser', async ({ baseURL }) => {
    // Browsers percent-encode them (the case above); Node's parser and nginx refuse them as sent.
    expect((await send(baseURL, `/zh/${bytes('新闻')}/`)).status).toBe(400);
  });

  test('an unknown sitemap, even one whose name does not decode', async ({ baseURL }) => {
    expectLocalizedNotFound(await send(baseURL, '/sitemaps/sitemap/no-such-sitemap.xml', { headers: { 'Accept-Language': 'en' } }), 'en');
    // Next's sitemap route answered 500 to this; the host contract now refuses it first (nginx: 400 itself).
    const undecodable = await send(baseURL, '/sitemaps/sitemap/%ZZ.xml', { headers: { 'Accept-Language': 'zh' } });
    if (behindNginx()) expect(undecodable.status).toBe(400);
    else expectLocalizedNotFound(undecodable, 'zh');
    expect((await send(baseURL, '/sitemaps/sitemap/pages.xml')).status).toBe(200);
  });

  test('HEAD of an unknown path: the 404 status and headers, no body', async ({ baseURL }) => {
    const response = await send(baseURL, '/zh/no-such-page/', { method: 'HEAD' });
    expect(response.status).toBe(404);
    expect(response.body).toBe('');
    for (const header of SECURITY_HEADERS) expect(response.headers[header], header).toBeTruthy();
  });

  test('outside every locale: the 404 in the reader’s language, varying by it', async ({ baseURL }) => {
    const response = await send(baseURL, '/no-such-thing/', { headers: { 'Accept-Language': 'zh-CN' } });
    expectLocalizedNotFound(response, 'zh');
    expect(varies(response)).toContain('accept-language');
  });

  test('/en/404/ is the page itself: 200, in English', async ({ baseURL }) => {
    const response = await send(baseURL, '/en/404/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<html lang="en"');
    expect(response.body).toContain(notFoundTitle.en);
  });
});

test.describe('the 404 without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, locale] of [
    ['/en/no-such-page/', 'en'],
    ['/zh/nope/', 'zh'],
    [`/zh/${encodeURIComponent('新闻')}/`, 'zh'],
  ] as const) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', localeConfig[locale].tag);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFoundTitle[locale]);
    });
  }
});

test.describe('only GET and HEAD read pages', () => {
  const targets = ['/en/', releasePath('zh'), '/en/no-such-page/', permalink()];
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'PROPFIND', 'TRACE', 'CONNECT']) {
    test(`${method} -> 405`, async ({ baseURL }) => {
      for (const path of targets) {
        const response = await send(baseURL, path, { method });
        expect(response.status, `${method} ${path}`).toBe(405);
        // nginx refuses TRACE and CONNECT itself, without an Allow header.
        if (!['TRACE', 'CONNECT'].includes(method) || !behindNginx()) expect(response.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
      }
    });
  }

  test('methods the HTTP parsers do not know are refused, never a server error', async ({ baseURL }) => {
    for (const method of ['FOO', 'BREW', 'TRACK', 'M-SEARCH', 'QUERY']) {
      const response = await send(baseURL, '/en/', { method });
      expect([400, 405, 501], method).toContain(response.status);
    }
  });

  test('the publish endpoint takes POST only, and only with its token', async ({ baseURL }) => {
    const unsigned = await send(baseURL, '/api/publish/', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(unsigned.status).toBe(401);
    // Next refuses a GET with 405; nginx does first, with 403 (limit_except POST).
    expect([403, 405]).toContain((await send(baseURL, '/api/publish/')).status);
  });
});
