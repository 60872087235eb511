import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { expect, test } from '@playwright/test';
import { ports } from '../servers';
import { permalink } from '../helpers';

/**
 * One host contract, three renderings (lib/host): Next's proxy, the nginx
 * configuration for the static export (njs runs the same negotiation code),
 * and the files for hosts with only `_redirects` / no rules at all (the
 * language chooser and redirect pages run that code in the browser). Each
 * must answer this table of requests the same way. The real content is
 * built both ways by `npm test`.
 */
const out = path.resolve(process.env.NEXT_DIST_DIR_STATIC ?? 'out');

/** Where a request ends: a page (the path it lands on), or a 404 (the language it is written in). */
type Answer = { kind: 'page'; at: string } | { kind: 'not-found'; lang: string };

const languages = ['fr, zh;q=0.8', 'zh-TW', 'zh-Hant-HK', 'en-SG', '', ';;;q=abc,*;q=x', 'en-GB,en;q=0.9', 'zh-CN,zh;q=0.9,en;q=0.8', 'de, en;q=0.5'];
const legacy = permalink();
const requests = [
  ...languages.map((language) => ({ path: '/', language })),
  ...languages.map((language) => ({ path: legacy, language })),
  ...languages.slice(0, 3).map((language) => ({ path: legacy.replace(/\/$/, ''), language })),
  { path: '/en/no-such-page/', language: '' },
  { path: '/zh/no-such-page/', language: 'en' },
  { path: '/en/media-centre/press-releases/no-such-release/', language: 'zh' },
  // Folders of the URL space that are no page: nginx answered 403 to them (its index module).
  { path: '/en/media-centre/', language: 'zh' },
  { path: '/zh/media-centre/press-releases/page/', language: 'en' },
];

const langOf = (html: string) => html.match(/<html lang="([^"]+)"/)?.[1] ?? '';

/** Asks a server, following its redirects, as a browser with this Accept-Language would. */
async function ask(port: number, url: string, language: string): Promise<Answer> {
  let at = url;
  for (let hop = 0; hop < 5; hop += 1) {
    const response = await fetch(`http://127.0.0.1:${port}${at}`, { redirect: 'manual', headers: language ? { 'Accept-Language': language } : {} });
    const body = await response.text();
    if (response.status >= 300 && response.status < 400) {
      at = new URL(response.headers.get('location')!, 'http://x').pathname;
      continue;
    }
    return response.status === 404 ? { kind: 'not-found', lang: langOf(body) } : { kind: 'page', at };
  }
  throw new Error(`${url}: too many redirects`);
}

/** What a browser sends as navigator.languages for an Accept-Language header: by quality, highest first. */
function navigatorLanguages(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [range, ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { range: range!.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter(({ range, q }) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(range) && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ range }) => range);
}

/** Runs a page's inline script as a browser would, and returns where it sends the reader. */
function scriptTarget(html: string, header: string): string | undefined {
  const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1];
  if (!script) return undefined;
  let target: string | undefined;
  vm.runInNewContext(script, { navigator: { languages: navigatorLanguages(header) }, location: { replace: (to: string) => (target = to) } });
  return target;
}

/**
 * The static-host files as a host with `_redirects` (Netlify, Cloudflare Pages) answers: a file
 * where there is one (a redirect page runs its own script), else the first rule that matches and
 * whose `Language=` condition holds (a language range with that primary subtag).
 */
function staticFiles(url: string, language: string): Answer {
  const page = (at: string) => {
    try {
      return readFileSync(path.join(out, decodeURI(at), 'index.html'), 'utf8');
    } catch {
      return undefined;
    }
  };
  const html = page(url.endsWith('/') ? url : `${url}/`);
  if (html) {
    const target = scriptTarget(html, language);
    return target ? { kind: 'page', at: target } : { kind: 'page', at: url };
  }
  const spoken = navigatorLanguages(language).map((range) => range.split('-')[0]!.toLowerCase());
  const rules = readFileSync(path.join(out, '_redirects'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '));
  for (const [from, to, status, condition] of rules) {
    const matches = from!.endsWith('*') ? url.startsWith(from!.slice(0, -1)) : from === url || from === `${url}/`;
    if (!matches || (condition && !spoken.includes(condition.replace('Language=', '')))) continue;
    return status === '404' ? { kind: 'not-found', lang: langOf(page(to!.replace(/index\.html$/, '')) ?? '') } : { kind: 'page', at: to! };
  }
  throw new Error(`${url}: no rule`);
}

test('Next, nginx and the static-host files answer the same', async () => {
  const rows = [];
  for (const { path: url, language } of requests) {
    const next = await ask(ports.site, url, language);
    const nginx = await ask(ports.static, url, language);
    const files = staticFiles(url, language);
    rows.push({ url, language, next, nginx, files });
  }
  for (const row of rows) {
    const where = `${row.url} [${row.language}]`;
    expect(row.nginx, `nginx ${where}`).toEqual(row.next);
    expect(row.files, `static files ${where}`).toEqual(row.next);
  }
  // And the table is not trivial: both languages are chosen, by quality value.
  expect(rows.find((row) => row.url === '/' && row.language === 'fr, zh;q=0.8')!.next).toEqual({ kind: 'page', at: '/zh/' });
  expect(rows.find((row) => row.url === '/' && row.language === 'de, en;q=0.5')!.next).toEqual({ kind: 'page', at: '/en/' });
});
