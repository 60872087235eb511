/**
 * Raw HTTP for the serving checks (e2e/serving/) and the 404 benchmark
 * (scripts/bench/not-found.ts): requests whose bytes reach the server as
 * written, and a seeded generator of hostile ones.
 *
 * `fetch` (and Playwright's request context) parse the URL first: they
 * resolve `..`, re-encode bytes and refuse odd methods, so the server would
 * never see the junk under test. `http.request` sends the path as it is; a
 * string passed to it goes out as latin1, so raw UTF-8 (or invalid UTF-8) is
 * written as a latin1 string of its bytes (`bytes()`).
 */
import http from 'node:http';

export type RawRequest = { method: string; path: string; headers?: Record<string, string>; label?: string };
export type RawResponse = {
  /** 0 when the server closed the connection without an answer (or did not answer in time). */
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
  error?: string;
};

/** A string whose latin1 encoding is the UTF-8 encoding of `text`: raw non-ASCII bytes on the wire. */
export const bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
/** `bytes()` for a path: without the spaces and control bytes no request line may hold (http.request refuses them). */
const pathBytes = (text: string) => bytes(text).replace(/[\x00-\x20]/g, '');

/** One request on its own connection (a 400 or 431 closes it), with its wall time up to the end of the body. */
export function rawRequest(base: string, request: RawRequest, timeoutMs = 10_000): Promise<RawResponse> {
  const origin = new URL(base);
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (response: Omit<RawResponse, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...response, ms: performance.now() - started });
    };
    const answered = (response: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => done({ status: response.statusCode ?? 0, headers: response.headers, body: '', error: error.message }));
    };
    const req = http.request({
      host: origin.hostname,
      port: origin.port,
      method: request.method,
      path: request.path,
      headers: request.headers,
      agent: false,
      // The server decides what is too large; the client must not refuse first.
      maxHeaderSize: 256 * 1024,
      insecureHTTPParser: true,
    });
    const timer = setTimeout(() => {
      req.destroy();
      done({ status: 0, headers: {}, body: '', error: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    req.on('response', answered);
    // A CONNECT's answer arrives as `connect`, whatever its status.
    req.on('connect', (response, socket) => {
      socket.destroy();
      done({ status: response.statusCode ?? 0, headers: response.headers, body: '' });
    });
    req.on('error', (error) => done({ status: 0, headers: {}, body: '', error: error.message }));
    req.end();
  });
}

/** Small, fast, seedable PRNG (mulberry32): the same seed makes the same requests on every run. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

const RELEASE = '/media-centre/press-releases/singapore-and-shenzhen-drive-smart-city-collaboration/';

/** Where junk is aimed: pages, unknown paths, assets, the endpoints and files outside the locales. */
const BASES = [
  '/',
  '/en/',
  '/zh/',
  `/en${RELEASE}`,
  `/zh${RELEASE}`,
  RELEASE,
  '/en/media-centre/press-releases/',
  '/zh/topics/',
  '/en/search/',
  '/en/feed.xml',
  '/zh/og.png',
  '/en/404/',
  '/en/no-such-page/',
  '/_next/static/',
  '/_next/image',
  '/api/publish/',
  '/api/',
  '/sitemap.xml',
  '/robots.txt',
  '/sitemaps/sitemap/pages.xml',
  '/favicon.ico',
  '/agency/',
];

/** Path pieces that walk, hide or break: encoded slashes and dots, NUL, invalid escapes and UTF-8. */
const TRAVERSAL = [
  '%2f',
  '%2F',
  '%2e%2e',
  '%2E%2E%2F',
  '..%2f',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%5c..%5c',
  '%252e%252e%252f',
  '.%2e/',
  '..;/',
  './././',
  '//',
  '///',
  '%00',
  'x%00.html',
  '%00/../',
  '%ff%fe',
  '%c0%af',
  '%c0%ae%c0%ae%c0%af',
  '%e0%80%af',
  '%ed%a0%80',
  '%f4%90%80%80',
  '%fe%ff',
  '%ZZ',
  '%',
  '%4',
  '%%',
  '%u202e',
  '%G0',
  '%0a%0dSet-Cookie:%20x=1',
  '%0d%0aLocation:%20http://evil.test/',
  '..%00/',
  '%2e',
  '.',
  '..',
];

/** Mixed scripts and invisible characters, sent percent-encoded or as raw UTF-8 bytes. */
const SCRIPTS = [
  '新闻稿',
  '媒体中心',
  '新加坡与深圳',
  'بيان صحفي',
  'مركز الإعلام',
  'הודעה',
  '📰🔥',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '\u202eevil\u202c',
  '\u200f\u200e',
  '\u200b\u200d\ufeff',
  'e\u0301\u0301\u0301',
  'Ω≈ç√',
  'Ａｄｍｉｎ',
  '\ufffd\ufffd',
  'İı',
  'ß',
];

/** (Node's client upper-cases every method, so no lower-case ones.) */
const METHODS = [
  'GET',
  'GET',
  'GET',
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'TRACE',
  'TRACK',
  'CONNECT',
  'PROPFIND',
  'MKCOL',
  'LOCK',
  'SEARCH',
  'PURGE',
  'M-SEARCH',
  'FOO',
  'BREW',
  'QUERY',
];

const ACCEPT_LANGUAGES = [
  'fr, zh;q=0.8',
  'zh-TW',
  'zh-Hant-HK',
  ';;;q=abc,*;q=x',
  '*',
  '*;q=0',
  'zh;q=1.5',
  'en;q=-1, zh',
  'q=0.5',
  ',,,,,',
  'zh;q=0,en;q=0',
  'en-',
  '-',
  'x-klingon',
  'zh;q=NaN',
  'i-default',
  'ZH-hans-CN-x-private',
  '\u202ezh',
  'zh\t',
  'عربى',
  '中文',
];

function piece(random: ReturnType<typeof seeded>): string {
  const kind = random.int(4);
  if (kind === 0) return random.pick(TRAVERSAL);
  if (kind === 1) return encodeURIComponent(random.pick(SCRIPTS));
  if (kind === 2) return pathBytes(random.pick(SCRIPTS));
  return random.pick([
    'a',
    'x',
    'media-centre',
    'press-releases',
    'page',
    '2023',
    '0',
    '-1',
    '99999999999999999999',
    'index.html',
    'og.png',
    'feed.xml',
    '404',
    'en',
    'zh',
    '_next',
    'bilingual',
  ]);
}

/** 2–8k (what nginx still accepts, see its proxy buffers) or 10–40k characters. */
function longPath(random: ReturnType<typeof seeded>): string {
  const length = random.int(2) ? 2_000 + random.int(6_000) : 10_000 + random.int(30_000);
  const unit = random.pick(['a', '/a', '%2e', '%ff', '/..', encodeURIComponent('新'), pathBytes('新'), '%00', '-']);
  return `${random.pick(['/en/', '/zh/', '/', `/en${RELEASE}`])}${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}/`;
}

/** A query string of 2k to 30k characters: one huge value, or thousands of parameters. */
function longQuery(random: ReturnType<typeof seeded>): string {
  if (random.int(2)) return `?q=${'x'.repeat(random.pick([2_000, 10_000]) + random.int(20_000))}`;
  return `?${Array.from({ length: 1_500 + random.int(2_000) }, (_, i) => `k${i}=${i}`).join('&')}`;
}

function query(random: ReturnType<typeof seeded>): string {
  const kind = random.int(4);
  if (kind === 0) return `?q=${random.pick(TRAVERSAL)}&page=${random.pick(['-1', '0', 'NaN', '1e309', '%ff'])}`;
  if (kind === 1) return `?q=${encodeURIComponent(random.pick(SCRIPTS))}&_rsc=${random.pick(['1', '%00', 'x'.repeat(50)])}`;
  if (kind === 2) return longQuery(random);
  return `?${random.pick(['%', '%%', '&&&', '=', '?', '#frag', '__nextLocale=zh', '__nextDataReq=1', 'nxtPslug=../../x'])}`;
}

function acceptLanguage(random: ReturnType<typeof seeded>): string {
  const kind = random.int(5);
  if (kind === 0) return bytes(random.pick(ACCEPT_LANGUAGES));
  if (kind === 1) return Array.from({ length: 100 + random.int(1500) }, (_, i) => `x${i}-${random.pick(['a', 'zh', 'en'])};q=0.${random.int(10)}`).join(',');
  if (kind === 2) return `${random.pick([' ', ',', ';', '-', '=', 'q'])}`.repeat(1000 + random.int(20_000));
  if (kind === 3) return `${random.pick(['zh', 'en', 'fr'])};q=${random.pick(['1', '0', '0.5', 'abc', '', '1e-400', '-0', '0.0001'])}`;
  return '';
}

function cookie(random: ReturnType<typeof seeded>): string {
  const kind = random.int(4);
  if (kind === 0) return `NEXT_LOCALE=${random.pick(['zh', '../../etc', '%00', 'x'.repeat(100), bytes('中文')])}`;
  if (kind === 1) return `__prerender_bypass=${random.pick(['1', 'x'.repeat(64), '%ff'])}; __next_preview_data=${random.pick(['junk', 'a.b.c', '%ZZ'])}`;
  if (kind === 2) return Array.from({ length: 50 + random.int(1000) }, (_, i) => `c${i}=${'v'.repeat(random.int(30))}`).join('; ');
  return `big=${'x'.repeat(4_000 + random.int(60_000))}`;
}

/** Headers Next (or nginx) reads for itself: a router state, a server action, a middleware subrequest, forwarded hosts. */
function frameworkHeaders(random: ReturnType<typeof seeded>): Record<string, string> {
  return random.pick<Record<string, string>>([
    {
      RSC: '1',
      'Next-Router-State-Tree': random.pick(['junk', '%7B%7D', '[[[', encodeURIComponent(JSON.stringify(['', { children: ['x', {}] }])), 'x'.repeat(5000)]),
    },
    { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': random.pick(['/_tree', '/../../x', '%00']) },
    { 'Next-Action': random.pick(['x', '0'.repeat(40), '../../']) },
    {
      'x-middleware-subrequest': random.pick([
        'middleware',
        'proxy:proxy:proxy:proxy:proxy',
        'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
      ]),
    },
    { 'x-middleware-prefetch': '1', 'x-nextjs-data': '1', purpose: 'prefetch' },
    { 'X-Forwarded-Host': random.pick(['evil.test', 'evil.test:1', '../../', bytes('例子.测试')]), 'X-Forwarded-Proto': random.pick(['https', 'gopher', '']) },
    { Host: random.pick(['evil.test', 'localhost:1', '127.0.0.1:0', '[::1]', '..', bytes('例子.测试'), 'a'.repeat(300)]) },
    { 'X-Portal-Refresh': random.pick(['1', 'x', '']), 'Cache-Control': 'no-cache' },
    { Range: random.pick(['bytes=0-0', 'bytes=-1', 'bytes=99999999999-', 'bytes=0-1,2-3,4-5,6-7,8-9', 'junk']) },
    { 'If-None-Match': random.pick(['*', '"x"', 'W/""']), 'If-Modified-Since': random.pick(['junk', 'Thu, 01 Jan 1970 00:00:00 GMT']) },
    {
      'Accept-Encoding': random.pick(['gzip;q=abc', 'br, gzip, zstd, *', 'x'.repeat(3000)]),
      Accept: random.pick(['*/*', 'text/x-component', 'application/json;q=x']),
    },
    { 'Content-Type': random.pick(['multipart/form-data; boundary=', 'application/json', 'text/plain;charset=x']), 'Content-Length': '0' },
  ]);
}

/**
 * `count` hostile requests from `seed`. Every family of junk comes round
 * regularly (the request's index picks the family), the details are random.
 */
export function hostileRequests(seed: number, count: number): RawRequest[] {
  const random = seeded(seed);
  const requests: RawRequest[] = [];
  for (let i = 0; i < count; i += 1) {
    const family = i % 8;
    const base = random.pick(BASES);
    let path = base;
    let label: string;
    const headers: Record<string, string> = {};
    let method = 'GET';
    if (family === 0 || family === 1) {
      label = 'encoded, invalid or traversing path';
      path = `${base}${Array.from({ length: 1 + random.int(4) }, () => piece(random)).join(random.pick(['/', '', '/']))}${random.pick(['/', ''])}`;
    } else if (family === 2) {
      label = 'mixed scripts';
      path = `${random.pick(['/en/', '/zh/', '/', `/zh${RELEASE}`, '/en/media-centre/press-releases/'])}${encodeURIComponent(random.pick(SCRIPTS))}${random.pick(['/', ''])}${random.pick(['', pathBytes(random.pick(SCRIPTS))])}`;
    } else if (family === 3) {
      label = 'overlong path or query';
      path = random.int(2) ? longPath(random) : `${base}${longQuery(random)}`;
    } else if (family === 4) {
      label = 'odd Accept-Language';
      headers['Accept-Language'] = acceptLanguage(random);
      path = random.pick(['/', RELEASE, '/media-centre/press-releases/', '/search/', '/no-such-thing/', '/en/nope/', base]);
    } else if (family === 5) {
      label = 'odd Cookie';
      headers.Cookie = cookie(random);
      if (random.int(2)) headers['Accept-Language'] = acceptLanguage(random);
    } else if (family === 6) {
      label = 'method';
      method = random.pick(METHODS);
      if (random.int(3) === 0) path = `${base}${piece(random)}/`;
    } else {
      label = 'framework headers';
      Object.assign(headers, frameworkHeaders(random));
      if (random.int(2)) path = `${base}${query(random)}`;
    }
    // Some junk also arrives with an odd method, and the whole mix with odd headers.
    if (family !== 6 && random.int(10) === 0) method = random.pick(METHODS);
    requests.push({ method, path, headers, label });
  }
  return requests;
}

/** What a response must never show: a stack trace, a server-side path, or a value of the server's environment. */
export function leaks(body: string, secrets: string[]): string[] {
  const found: string[] = [];
  for (const marker of ['    at ', 'Error:', '/work/', 'node_modules', '.next']) if (body.includes(marker)) found.push(marker);
  for (const secret of secrets) if (secret.length >= 4 && body.includes(secret)) found.push(`secret ${secret.slice(0, 4)}…`);
  return found;
}

/**
 * Node refuses a request head over 16 KiB (431) and closes the connection while the client may
 * still be writing it: the client then sees a reset instead of the 431. Only such requests may go
 * unanswered.
 */
export const NODE_MAX_HEAD = 16 * 1024;
export const headBytes = ({ method, path, headers = {} }: RawRequest) =>
  method.length + path.length + 11 + Object.entries(headers).reduce((sum, [key, value]) => sum + key.length + value.length + 4, 0);
/** No HTTP answer, and not for a head too large for Node: a hang or a dropped connection. */
export const unanswered = (request: RawRequest, response: RawResponse) => response.status === 0 && headBytes(request) <= NODE_MAX_HEAD;

/** Runs `requests` against `base`, `concurrency` at a time, in order of submission. */
export async function runAll(base: string, requests: RawRequest[], concurrency = 4, timeoutMs = 10_000): Promise<RawResponse[]> {
  const results: RawResponse[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next;
      next += 1;
      results[index] = await rawRequest(base, requests[index]!, timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** Status counts, `0` spelled as "closed" (no HTTP answer). */
export function statusCounts(results: RawResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of results) counts[status === 0 ? 'closed' : String(status)] = (counts[status === 0 ? 'closed' : String(status)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
