/**
 * `npm run bench:serve -- --size 1000 [--seconds 15] [--connections 32]`
 *
 * Requests per second and latency of each way to serve the portal, on a mix
 * of release pages (both languages), lists, year and topic pages, home and
 * feeds, over loopback with `Accept-Encoding: gzip` as browsers send it.
 * One lever at a time: `next start` alone (with Next's gzip or ETag off, or
 * a client that asks no compression), nginx in front of one and of two
 * processes, nginx's micro-cache, and nginx serving the prerendered files
 * itself (the static export) as the ceiling; and the proxy's decision alone. Uses the builds `npm run
 * bench:build` leaves (builds them when missing).
 *
 * Target (issue 14): the server shape ≥ 1,000 req/s with p99 ≤ 100 ms at 32 connections.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { benchEnv, corpus, machine, table } from '../lib/bench';
import { measure } from '../lib/measure';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '32' },
    // Only the levers whose names contain one of these (comma-separated), e.g. --levers recommended,static.
    levers: { type: 'string' },
    // The micro-cache lifetime of the recommended shape (lib/host/nginx.ts's default when left out).
    'cache-seconds': { type: 'string' },
  },
});
const wanted = (name: string) => !values.levers || values.levers.split(',').some((part) => name.includes(part.trim()));
const size = Number(values.size);
const header = machine();
const content = corpus(size);
const ports = { front: 3703, first: 3705, redis: 6397, static: 3710 };

/** Releases that exist in Chinese too, so every URL of the mix answers 200. */
function urlMix(): string[] {
  const zh = new Set(readdirSync(path.join(content, 'releases/zh')).map((name) => name.replace(/^\d{4}-\d\d-\d\d-/, '').replace(/\.md$/, '')));
  const slugs = [...zh].sort().slice(0, 40);
  return [
    ...slugs.map((slug) => `/en/media-centre/press-releases/${slug}/`),
    ...slugs.slice(0, 20).map((slug) => `/zh/media-centre/press-releases/${slug}/`),
    '/en/',
    '/zh/',
    '/en/media-centre/press-releases/',
    '/zh/media-centre/press-releases/page/2/',
    '/en/media-centre/press-releases/2022/',
    '/en/topics/digital-economy/',
    '/en/feed.xml',
    '/zh/atom.xml',
    '/en/feed.json',
  ];
}

type Row = Record<string, string | number>;

async function hammer(name: string, base: string, paths: string[], gzip = true): Promise<Row> {
  const headers: Record<string, string> = gzip ? { 'accept-encoding': 'gzip' } : {};
  // A warm-up fills caches (Next's, nginx's) as a running site has them: every URL, with the same headers
  // as the measurement. (autocannon's own warm-up with a request list sends each connection through the
  // list from its start: 4 connections × 34 requests never reached the list's second half, whose first
  // requests then all missed at once inside the measured window, 32 at a time: that was the p99.)
  for (const p of paths) await (await fetch(base + p, { headers })).arrayBuffer();
  const result = await autocannon({
    url: base,
    connections: Number(values.connections),
    duration: Number(values.seconds),
    headers,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  const row = {
    server: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
  };
  console.log(row);
  return row;
}

async function waitFor(url: string) {
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

function stopper(child: ChildProcess) {
  return () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // gone
    }
    spawnSync('sleep', ['2']);
  };
}

/** The server shape (scripts/host/server-shape.ts): Redis, `processes` × next start, nginx unless `nginx` is false. */
async function serverShape(env: Record<string, string>, processes: number, nginx: boolean, cacheSeconds = 0) {
  const args = [
    'tsx',
    'scripts/host/server-shape.ts',
    '--processes',
    String(processes),
    '--first-port',
    String(ports.first),
    '--redis-port',
    String(ports.redis),
  ];
  args.push(...(nginx ? ['--port', String(ports.front), '--cache-seconds', String(cacheSeconds)] : ['--no-nginx']));
  const child = spawn('npx', args, { env: { ...process.env, ...env, REDIS_URL: '' }, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${nginx ? ports.front : ports.first}`;
  await waitFor(`${url}/en/`);
  return { url, stop: stopper(child) };
}

/** What the proxy's decision costs per request, alone: the host contract over the URL mix. */
async function proxyDecisionMicroseconds(env: Record<string, string>, paths: string[]) {
  Object.assign(process.env, env);
  const { currentModel } = await import('../../lib/content');
  const { decide } = await import('../../lib/host/contract');
  const { hostSite } = await import('../../lib/host/site');
  const site = hostSite(currentModel());
  const rounds = 20_000;
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) decide({ method: 'GET', path: paths[i % paths.length]!, acceptLanguage: 'en-GB,en;q=0.9' }, site);
  return ((performance.now() - started) * 1000) / rounds;
}
const serverEnv = benchEnv('server', size, content, ports.redis);
const staticEnv = benchEnv('static', size, content);
if (!existsSync(path.join(serverEnv.NEXT_DIST_DIR!, 'BUILD_ID'))) await measure('npm', ['run', 'build'], serverEnv);
if (wanted('static') && !existsSync(path.join(staticEnv.NEXT_DIST_DIR!, 'index.html')))
  await measure('npx', ['tsx', 'scripts/static/build.ts', '--full'], staticEnv);

const paths = urlMix();
const rows: Row[] = [];
type Lever = { name: string; processes: number; nginx: boolean; cacheSeconds?: number; gzip?: boolean; env?: Record<string, string> };
const levers: Lever[] = [
  { name: 'next start ×1 (127.0.0.1): gzip and ETag per response', processes: 1, nginx: false },
  { name: 'next start ×1, Next’s gzip off (PORTAL_NEXT_COMPRESS=0)', processes: 1, nginx: false, env: { PORTAL_NEXT_COMPRESS: '0' } },
  { name: 'next start ×1, ETag off (PORTAL_NEXT_ETAGS=0)', processes: 1, nginx: false, env: { PORTAL_NEXT_ETAGS: '0' } },
  { name: 'next start ×1, client asks no compression', processes: 1, nginx: false, gzip: false },
  { name: 'nginx → next start ×1, no micro-cache', processes: 1, nginx: true },
  { name: 'nginx → next start ×2 (one per core), no micro-cache', processes: 2, nginx: true },
  {
    name: `nginx → next start ×2, micro-cache ${values['cache-seconds'] ?? 5} s (recommended)`,
    processes: 2,
    nginx: true,
    cacheSeconds: Number(values['cache-seconds'] ?? 5),
  },
];
for (const lever of levers.filter((lever) => wanted(lever.name))) {
  const shape = await serverShape({ ...serverEnv, ...lever.env }, lever.processes, lever.nginx, lever.cacheSeconds ?? 0);
  try {
    rows.push(await hammer(lever.name, shape.url, paths, lever.gzip ?? true));
  } finally {
    shape.stop();
  }
}
const staticName = 'nginx serving the prerendered files (static export, precompressed)';
const staticServer = !wanted(staticName)
  ? undefined
  : spawn('bash', ['scripts/static/serve-nginx.sh', String(ports.static)], {
      env: { ...process.env, ...staticEnv },
      stdio: 'ignore',
      detached: true,
    });
if (staticServer) {
  try {
    await waitFor(`http://127.0.0.1:${ports.static}/en/`);
    // nginx serving prerendered files itself: the static export, the ceiling of any shape in which Next renders.
    rows.push(await hammer(staticName, `http://127.0.0.1:${ports.static}`, paths));
  } finally {
    stopper(staticServer)();
  }
}

const decisionUs = await proxyDecisionMicroseconds(serverEnv, paths);

console.log(`
### Serving ${size} releases: ${values.connections} connections, ${values.seconds} s per row, ${paths.length} URLs mixed (${new Date().toISOString().slice(0, 10)}, ${header})

${table(rows)}

The proxy's own decision (the host contract over the same URLs, in-process): ${decisionUs.toFixed(1)} µs per request.
`);
