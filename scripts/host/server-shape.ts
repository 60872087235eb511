/**
 * `npm run serve:nginx`: the recommended server deployment on one machine,
 * in the foreground: Redis (the shared cache), N `next start` processes
 * bound to 127.0.0.1, and nginx in front of them with the generated
 * configuration (lib/host/nginx.ts, written to .portal/<build>/host/).
 * The end-to-end tests and the benchmarks run exactly this. Each process
 * is sent one URL of every route before the shape reports itself up.
 *
 *   --port 8080        where nginx listens (127.0.0.1)
 *   --processes 2      how many `next start` (one per core is the rule)
 *   --first-port 3501  their ports, counting up
 *   --redis-port 6390  a Redis started here; or set REDIS_URL to use an existing one
 *   --cache-seconds 5  nginx's micro-cache lifetime (0 turns it off)
 *   --no-nginx         only Redis and the Next processes
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel } from '../../lib/content/model';
import { buildDataDir, storeDir } from '../../lib/content/store/location';
import { readIndex } from '../../lib/content/store/write';
import { siteOutputs } from '../../lib/routes/outputs';
import { proxyServer, scratchNginxConf } from '../../lib/host/nginx';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    processes: { type: 'string', default: '2' },
    'first-port': { type: 'string', default: '3501' },
    'redis-port': { type: 'string', default: '6390' },
    'cache-seconds': { type: 'string', default: '5' },
    'no-nginx': { type: 'boolean', default: false },
  },
});
const children: ChildProcess[] = [];
// Children stay in this process's group (not detached): whoever stops the group (Ctrl-C, Playwright's
// SIGKILL of its web server) stops them all. Detached, they outlived a killed parent and held its
// output pipes open, and Playwright waited for those forever.
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', () => (stop(), process.exit(130)));
process.on('SIGTERM', () => (stop(), process.exit(143)));
process.on('exit', stop);

function start(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    console.error(`${command} exited (${code ?? signal}); stopping the rest`);
    process.exit(1);
  });
  children.push(child);
  return child;
}

// `next start` itself, not through npx (npm, a shell): one process each, so stopping it stops the server.
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

async function waitFor(url: string, seconds = 60) {
  for (let i = 0; i < seconds * 5; i += 1) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'portal-host-'));
let redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  const port = values['redis-port']!;
  start('redis-server', ['--bind', '127.0.0.1', '--port', port, '--save', '', '--appendonly', 'no', '--dir', scratch]);
  redisUrl = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && spawnSync('redis-cli', ['-p', port, 'ping']).stdout?.toString().trim() !== 'PONG'; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * One URL of each route the site has (a release, its card, a listing page, a feed, the search index…):
 * requested from every process before it takes readers, so neither the first reader nor the first publish
 * after a start waits while a process loads the content store and each route's code (2–4 s at 10,000 releases).
 */
function warmUpPaths(): string[] {
  const index = readIndex(storeDir());
  if (!index) return ['/en/'];
  const first = new Map<string, string>();
  for (const output of siteOutputs(buildModel(index))) if (!first.has(output.route)) first.set(output.route, output.path);
  return [...first.values()];
}

const ports = Array.from({ length: Number(values.processes) }, (_, i) => Number(values['first-port']) + i);
for (const port of ports) start(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], { REDIS_URL: redisUrl });
await Promise.all(ports.map((port) => waitFor(`http://127.0.0.1:${port}/en/`)));
const warmUp = warmUpPaths();
await Promise.all(
  ports.map(async (port) => {
    for (const url of warmUp) await (await fetch(`http://127.0.0.1:${port}${url}`, { redirect: 'manual' })).arrayBuffer();
  }),
);

if (!values['no-nginx']) {
  const hostDir = path.join(buildDataDir(), 'host');
  mkdirSync(hostDir, { recursive: true });
  const conf = path.join(hostDir, 'nginx-proxy.conf');
  writeFileSync(
    conf,
    proxyServer({
      listen: `127.0.0.1:${values.port}`,
      upstreams: ports.map((port) => `127.0.0.1:${port}`),
      cacheDir: path.join(scratch, 'cache'),
      refreshToken: process.env.PUBLISH_TOKEN ?? '',
      cacheSeconds: Number(values['cache-seconds']),
    }),
  );
  const main = path.join(scratch, 'nginx.conf');
  writeFileSync(main, scratchNginxConf({ dir: scratch, include: conf }));
  start('nginx', ['-c', main]);
  await waitFor(`http://127.0.0.1:${values.port}/en/`);
}
console.log(`server shape up: ${values['no-nginx'] ? '' : `nginx 127.0.0.1:${values.port} → `}next ${ports.join(', ')} · ${redisUrl}`);
await new Promise(() => {});
