import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import { feedContentTypes } from '../feeds/build';
import { metasOf, modelOf } from '../testing/corpus';
import { buildNegotiateBundle } from '../testing/negotiate-bundle';
import { cacheControl } from './cache-control';
import { decide, type Decision } from './contract';
import { negotiateLocale } from './negotiate';
import { cachedEncodings, legacyMap, njsModule, proxyServer, scratchNginxConf, securityHeadersConf, staticServer } from './nginx';
import { securityHeaders } from './security-headers';
import { legacyRedirects, type LegacyRedirect } from './legacy';
import { hostSite } from './site';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
const NJS = '/usr/lib/nginx/modules/ngx_http_js_module.so';

let model: SiteModel;
let legacy: LegacyRedirect[];
let bundle: string;
beforeAll(async () => {
  model = modelOf(
    await metasOf([
      { slug: 'both', date: '2024-01-02', topics: ['ai'] },
      { slug: 'both', locale: 'zh', date: '2024-01-02', topics: ['ai'] },
      { slug: 'only-zh', locale: 'zh', date: '2024-01-03' },
      // What a permalink may hold that nginx treats specially: `$` (variables), percent-escapes ($uri is decoded).
      { slug: 'costs-s$m', date: '2024-01-04', permalink: '/news/costs-s$m/' },
      { slug: '%E6%96%B0', locale: 'zh', date: '2024-01-05', permalink: '/news/%E6%96%B0/' },
    ]),
  );
  // A `"` cannot pass the content check, but the map must still be valid nginx if one ever did.
  legacy = [...legacyRedirects(model), { from: '/news/say-"hi"/', slug: 'say-hi', locales: ['en'] }];
  bundle = await buildNegotiateBundle();
}, 60_000);

/** The `{ … }` bodies of every block that opens with `head` (e.g. `location`, `if`), with their heads. */
function blocks(text: string, head: RegExp): { head: string; body: string }[] {
  const found: { head: string; body: string }[] = [];
  for (const match of text.matchAll(new RegExp(`^\\s*(${head.source}[^{\\n]*)\\{`, 'gm'))) {
    let depth = 1;
    let at = match.index! + match[0].length;
    const start = at;
    for (; depth > 0; at += 1) depth += text[at] === '{' ? 1 : text[at] === '}' ? -1 : 0;
    found.push({ head: match[1]!.trim(), body: text.slice(start, at - 1) });
  }
  return found;
}

const DIR = '/etc/portal-host';

describe('nginx configuration text', () => {
  const server = () => staticServer({ dir: DIR, root: '/srv/out', listen: '8080' });

  it('includes the security headers in every location, and in every `if` that adds a header of its own', () => {
    const include = `include ${DIR}/security-headers.conf;`;
    const locations = blocks(server(), /location\s/);
    expect(locations.length).toBeGreaterThan(6);
    for (const { head, body } of locations) expect(body, head).toContain(include);
    // nginx drops inherited add_header wherever a block adds its own: an `if` that adds Vary needs them again.
    for (const { head, body } of blocks(server(), /if\s/)) if (body.includes('add_header')) expect(body, head).toContain(include);
    expect(securityHeadersConf().trim().split('\n')).toHaveLength(securityHeaders().length);
  });

  it('negotiates `/`, answers 404 in each locale’s language, types feeds', () => {
    const text = server();
    const root = blocks(text, /location = \/ /)[0]!.body;
    expect(root).toContain('return 302 /$portal_language/;');
    expect(root).toContain('add_header Vary "Accept-Language" always;');
    for (const locale of locales) {
      const block = blocks(text, new RegExp(`location /${locale}/ `))[0]!.body;
      expect(block).toContain(`error_page 404 /${locale}/404/index.html;`);
      expect(block).toContain(`add_header Cache-Control "${cacheControl.document}" always;`);
    }
    for (const [file, format] of [
      ['feed\\.xml', 'rss'],
      ['atom\\.xml', 'atom'],
      ['feed\\.json', 'json'],
    ] as const) {
      expect(blocks(text, new RegExp(`location ~ /${file.replace('\\', '\\\\\\')}\\$ `))[0]?.body, file).toContain(
        `default_type "${feedContentTypes[format]}";`,
      );
    }
    expect(blocks(text, /location ~ \/og\\\.png\$ /)[0]!.body).toContain(`add_header Cache-Control "${cacheControl.card}" always;`);
    expect(text).toContain('js_set $portal_language portal_host.language;');
  });

  it('writes map keys as nginx compares them (decoded, literal) and values without variables', () => {
    const lines = legacyMap(legacy).trim().split('\n');
    expect(lines).toContain('"/media-centre/press-releases/both/" "/media-centre/press-releases/both/ en,zh";');
    expect(lines).toContain('"/media-centre/press-releases/both" "/media-centre/press-releases/both/ en,zh";');
    // $uri is percent-decoded; a `$` in a key is literal, in a value it would start a variable.
    expect(lines).toContain('"/news/新/" "/media-centre/press-releases/%E6%96%B0/ zh";');
    expect(lines).toContain('"/news/costs-s$m/" "/media-centre/press-releases/costs-s%24m/ en";');
    expect(lines).toContain('"/news/say-\\"hi\\"/" "/media-centre/press-releases/say-hi/ en";');
  });

  it('proxy: publishing endpoint for POST only, a micro-cache the publisher can refresh, the portal’s cache lifetimes', () => {
    const text = proxyServer({ listen: '8080', upstreams: ['127.0.0.1:3001', '127.0.0.1:3002'], cacheDir: '/var/cache/portal', refreshToken: 'se"cr$t' });
    expect(text).toContain('server 127.0.0.1:3001 max_fails=3 fail_timeout=5s;');
    expect(text).toContain('server 127.0.0.1:3002 max_fails=3 fail_timeout=5s;');
    expect(blocks(text, /location = \/api\/publish\/ /)[0]!.body).toContain('limit_except POST { deny all; }');
    expect(blocks(text, /map \$http_x_portal_refresh/)[0]!.body).toContain('"se\\"cr$t" 1;');
    expect(text).toContain('proxy_set_header X-Portal-Refresh "";');
    expect(text).toContain(`~^/_next/static/ "${cacheControl.immutable}";`);
    expect(text).not.toMatch(/^\s*proxy_cache_lock\b/m);
  });
});

describe('the njs module', () => {
  /** The module's functions, run as plain ES5 in a fresh context (its `export default` made an assignment). */
  function njs() {
    const context: Record<string, unknown> = {};
    vm.runInNewContext(njsModule(bundle).replace(/^export default /m, 'exported = '), context);
    return context.exported as { language(r: unknown): string; legacyLocation(r: unknown): string };
  }
  const headers = ['fr, zh;q=0.8', 'zh-TW', 'zh-Hant-HK', 'en-SG', '', ';;;q=abc,*;q=x', 'en, zh;q=0.9', 'zh, en;q=0.9', 'zh;q=0, en;q=0.1', 'de'];

  it('chooses the language of `/` as the proxy does', () => {
    const { language } = njs();
    for (const header of headers) {
      const expected = decide({ method: 'GET', path: '/', acceptLanguage: header }, hostSite(model)) as Decision & { location: string };
      expect(`/${language({ headersIn: header ? { 'Accept-Language': header } : {} })}/`, header).toBe(expected.location);
      expect(language({ headersIn: { 'Accept-Language': header } }), header).toBe(negotiateLocale(header, locales, 'en'));
    }
  });

  it('sends an old permalink where the proxy does, from its map entry', () => {
    const { legacyLocation } = njs();
    const entries = new Map(
      [...legacyMap(legacyRedirects(model)).matchAll(/^"((?:[^"\\]|\\.)*)" "([^"]*)";$/gm)].map((m) => [m[1]!.replace(/\\(.)/g, '$1'), m[2]!]),
    );
    for (const { from } of legacyRedirects(model)) {
      for (const header of headers) {
        const expected = decide({ method: 'GET', path: from, acceptLanguage: header }, hostSite(model)) as Decision & { location: string };
        const location = legacyLocation({
          headersIn: { 'Accept-Language': header },
          variables: { portal_legacy_entry: entries.get(decodeURIComponent(from)) },
        });
        expect(decodeURIComponent(location), `${from} [${header}]`).toBe(decodeURIComponent(expected.location));
      }
    }
    expect(legacyLocation({ headersIn: {}, variables: { portal_legacy_entry: '' } })).toBe('');
  });
});

/** A free loopback port (nginx takes it right after). */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const running: ChildProcess[] = [];
const scratch: string[] = [];
const scratchDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(
    running.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGTERM'))))),
  );
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** Runs nginx (njs loaded) with one generated `server` file; resolves once it answers. */
async function startNginx(dir: string, serverConf: string, port: number) {
  writeFileSync(path.join(dir, 'server.conf'), serverConf);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    scratchNginxConf({ dir, include: path.join(dir, 'server.conf'), modules: [NJS], singleProcess: true, connections: 64 }),
  );
  const test = spawnSync(NGINX!, ['-t', '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
  expect(test.stderr, 'nginx -t').toContain('test is successful');
  const child = spawn(NGINX!, ['-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  running.push(child);
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error('nginx did not start');
}

const ask = (port: number, url: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${url}`, { redirect: 'manual', headers });

describe('nginx running the generated configuration', () => {
  // Never skipped: `npm test` installs nginx and its njs module first (scripts/ensure-system-deps.sh).
  beforeAll(() => {
    if (!NGINX || !existsSync(NJS)) throw new Error(`nginx with njs (${NJS}) is needed: run bash scripts/ensure-system-deps.sh`);
  });

  it('serves the static export as the host contract says, security headers on every answer', async () => {
    const dir = scratchDir('ut-nginx-static-');
    const root = path.join(dir, 'out');
    const page = (file: string, lang: Locale) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), `<!doctype html><html lang="${lang}"><title>${file}</title></html>`);
    };
    for (const locale of locales) {
      page(`${locale}/index.html`, locale);
      page(`${locale}/404/index.html`, locale);
      page(`${locale}/topics/index.html`, locale);
      page(`${locale}/media-centre/press-releases/both/index.html`, locale);
    }
    writeFileSync(path.join(root, 'en/feed.xml'), '<rss/>');
    writeFileSync(path.join(dir, 'portal-host.js'), njsModule(bundle));
    writeFileSync(path.join(dir, 'legacy.map'), legacyMap(legacy));
    writeFileSync(path.join(dir, 'security-headers.conf'), securityHeadersConf());
    const port = await freePort();
    await startNginx(dir, staticServer({ dir, root, listen: `127.0.0.1:${port}` }), port);

    const site = hostSite(model);
    const requests: [string, string][] = [
      ['/', 'zh-TW'],
      ['/', 'fr'],
      ['/media-centre/press-releases/both/', 'zh, en;q=0.9'],
      ['/media-centre/press-releases/both', 'en-SG'],
      ['/media-centre/press-releases/only-zh/', 'en'],
      ['/news/costs-s$m/', 'zh'],
      ['/news/%E6%96%B0/', 'en'],
      ['/topics/', 'fr, zh;q=0.8'],
      ['/topics', 'zh'],
      ['/no-such-page/', 'zh-Hant-HK'],
      ['/en/no-such-page/', 'zh'],
      ['/zh/media-centre/press-releases/both/', 'en'],
    ];
    for (const [url, language] of requests) {
      const response = await ask(port, url, { 'Accept-Language': language });
      const where = `${url} [${language}]`;
      const decision = decide({ method: 'GET', path: url, acceptLanguage: language }, site);
      if (decision.kind === 'redirect') {
        expect(response.status, where).toBe(decision.status);
        expect(decodeURIComponent(response.headers.get('location')!.replace(/^https?:\/\/[^/]+/, '')), where).toBe(decodeURIComponent(decision.location));
      } else if (decision.kind === 'not-found') {
        expect(response.status, where).toBe(404);
        expect(await response.text(), where).toContain(`<html lang="${decision.locale}">`);
      } else {
        expect(response.status, where).toBe(200);
      }
      for (const { key, value } of securityHeaders()) expect(response.headers.get(key), `${where}: ${key}`).toBe(value);
      if ((decision.kind === 'redirect' || decision.kind === 'not-found') && decision.varyLanguage)
        expect(response.headers.get('vary'), where).toContain('Accept-Language');
    }
    expect((await ask(port, '/en/feed.xml')).headers.get('content-type')).toBe(feedContentTypes.rss);
  });

  it('keeps proxied answers in its micro-cache, and refreshes them only for the publisher’s token', async () => {
    let hits = 0;
    const seen: (string | undefined)[] = [];
    const upstream = http.createServer((request, response) => {
      hits += 1;
      seen.push(request.headers['x-portal-refresh'] as string | undefined);
      response.end(`answer ${hits}`);
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    try {
      for (const token of ['', 'se"cr$t']) {
        const dir = scratchDir('ut-nginx-proxy-');
        const port = await freePort();
        const conf = proxyServer({
          listen: `127.0.0.1:${port}`,
          upstreams: [`127.0.0.1:${(upstream.address() as net.AddressInfo).port}`],
          cacheDir: path.join(dir, 'cache'),
          refreshToken: token,
          cacheSeconds: 60,
        });
        await startNginx(dir, conf, port);
        const status = async (headers: Record<string, string> = {}) => (await ask(port, '/en/page/', headers)).headers.get('x-cache-status');
        const where = `token ${JSON.stringify(token)}`;
        expect([await status(), await status()], where).toEqual(['MISS', 'HIT']);
        expect(await status({ 'X-Portal-Refresh': 'wrong' }), where).toBe('HIT');
        if (token) expect(await status({ 'X-Portal-Refresh': token }), where).toBe('BYPASS');
        expect((await ask(port, '/en/page/')).headers.get('cache-control'), where).toBe(cacheControl.document);
        expect((await ask(port, '/api/publish/')).status, where).toBe(403);
      }
      // The token never reaches Next.
      expect(seen.every((header) => header === undefined)).toBe(true);
    } finally {
      upstream.close();
    }
  });

  it('keeps one gzipped and one plain copy, compressed once by the upstream, and refreshes each', async () => {
    const asked: string[] = [];
    let version = 1;
    // Like Next: gzips when asked, and says the answer varies with the encoding.
    const upstream = http.createServer((request, response) => {
      const encoding = String(request.headers['accept-encoding'] ?? '');
      if (request.url === '/en/page/') asked.push(encoding);
      const body = Buffer.from(`<p>version ${version}</p>`.repeat(100));
      response.setHeader('Vary', 'RSC, Accept-Encoding');
      response.setHeader('Content-Type', 'text/html');
      if (encoding === 'gzip') response.setHeader('Content-Encoding', 'gzip');
      response.end(encoding === 'gzip' ? gzipSync(body) : body);
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const get = (port: number, headers: Record<string, string>) =>
      new Promise<{ encoding?: string; cache?: string; text: string }>((resolve, reject) =>
        http
          .get({ host: '127.0.0.1', port, path: '/en/page/', headers, agent: false }, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              const body = Buffer.concat(chunks);
              const encoding = response.headers['content-encoding'];
              const text = (encoding === 'gzip' ? gunzipSync(body) : body).toString().slice(0, 20);
              resolve({ encoding, cache: response.headers['x-cache-status'] as string, text });
            });
          })
          .on('error', reject),
      );
    try {
      const dir = scratchDir('ut-nginx-encodings-');
      const port = await freePort();
      const token = 'refresh-token';
      const upstreamAt = `127.0.0.1:${(upstream.address() as net.AddressInfo).port}`;
      await startNginx(
        dir,
        proxyServer({ listen: `127.0.0.1:${port}`, upstreams: [upstreamAt], cacheDir: path.join(dir, 'cache'), refreshToken: token, cacheSeconds: 60 }),
        port,
      );

      // Browsers' strings differ; they share the gzipped copy. No Accept-Encoding, identity or q=0 share the plain one.
      expect(await get(port, { 'Accept-Encoding': 'gzip, deflate, br, zstd' })).toEqual({ encoding: 'gzip', cache: 'MISS', text: '<p>version 1</p><p>v' });
      expect(await get(port, { 'Accept-Encoding': 'gzip' })).toMatchObject({ encoding: 'gzip', cache: 'HIT' });
      expect(await get(port, { 'Accept-Encoding': 'br, GZIP;q=0.5' })).toMatchObject({ encoding: 'gzip', cache: 'HIT' });
      expect(await get(port, {})).toEqual({ encoding: undefined, cache: 'MISS', text: '<p>version 1</p><p>v' });
      expect(await get(port, { 'Accept-Encoding': 'identity' })).toMatchObject({ encoding: undefined, cache: 'HIT' });
      expect(await get(port, { 'Accept-Encoding': 'gzip;q=0, br' })).toMatchObject({ encoding: undefined, cache: 'HIT' });
      // The upstream compressed once, and saw only the two encodings nginx keeps.
      expect(asked).toEqual(['gzip', '']);

      // The publisher's refresh, once per kept encoding, renews what every reader gets.
      version = 2;
      for (const encoding of cachedEncodings) expect(await get(port, { ...encoding, 'X-Portal-Refresh': token })).toMatchObject({ cache: 'BYPASS' });
      expect(await get(port, { 'Accept-Encoding': 'gzip, deflate' })).toMatchObject({ encoding: 'gzip', cache: 'HIT', text: '<p>version 2</p><p>v' });
      expect(await get(port, {})).toMatchObject({ encoding: undefined, cache: 'HIT', text: '<p>version 2</p><p>v' });
    } finally {
      upstream.close();
    }
  });
});
