import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer } from '../lib/server';

type Row = { server: string; 'req/s': number; 'p50 ms': number; 'p99 ms': number; 'non-2xx': number; errors: number };

async function hammer(server: string, base: string, paths: string[], seconds: number): Promise<Row> {
  const result = await autocannon({
    url: base,
    connections: 50,
    duration: seconds,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  return {
    server,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}

/** A mix of URLs of the build: releases in both languages, list pages, feeds. */
function urlMix(distDir: string): { next: string[]; files: string[] } {
  const releases = readdirSync(path.join(distDir, 'server/app/en/media-centre/press-releases'))
    .filter((f) => f.endsWith('.html') && f.startsWith('synthetic'))
    .slice(0, 40)
    .map((f) => f.replace(/\.html$/, ''));
  const pages = [
    ...releases.map((slug) => `/en/media-centre/press-releases/${slug}`),
    ...releases.slice(0, 20).map((slug) => `/zh/media-centre/press-releases/${slug}`),
    '/en/media-centre/press-releases',
    '/zh/media-centre/press-releases/page/2',
    '/en',
  ];
  const feeds = ['/en/feed.xml', '/zh/atom.xml'];
  // next start wants the trailing slash (no redirect hop); the file server serves `x.html` for `/x`.
  return { next: [...pages.map((p) => `${p}/`), ...feeds], files: [...pages, ...feeds] };
}

/** `next start` under load, then the same prerendered files from a plain static server (sirv). */
export async function loadTest(distDir: string, seconds: number): Promise<Row[]> {
  const urls = urlMix(distDir);
  const next = await startServer(3230, { NEXT_DIST_DIR: distDir });
  const rows: Row[] = [];
  try {
    rows.push(await hammer('next start', next.url, urls.next, seconds));
  } finally {
    next.stop();
  }
  const files = path.join(distDir, 'server/app');
  const script = `require('http').createServer(require('sirv')(${JSON.stringify(files)}, { extensions: ['html', 'body'], etag: true })).listen(3231)`;
  const sirv = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 800));
  try {
    rows.push(await hammer('static files (sirv)', 'http://localhost:3231', urls.files, seconds));
  } finally {
    sirv.kill();
  }
  const [dynamic, plain] = rows;
  console.log(`static / next start: ${(plain!['req/s'] / dynamic!['req/s']).toFixed(1)}×`);
  return rows;
}
