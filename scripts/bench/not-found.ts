/**
 * `npx tsx scripts/bench/not-found.ts`: how fast the server answers paths it
 * does not have, and what it answers to junk, under the three ways it is
 * served (as the `serving …` end-to-end projects): `next start` bound to
 * 127.0.0.1, bound to 0.0.0.0, and the server shape (nginx → N `next start`,
 * Redis). For each: the latency of the localized 404 (median, p99, max) over
 * varied unknown paths, each asked once (so nginx's micro-cache never
 * answers), one request at a time on a fresh connection; then the seeded
 * hostile requests of e2e/serving/fuzz.spec.ts, counted by status.
 *
 * Serves the build named by NEXT_DIST_DIR (run `npm run build` first, with
 * REDIS_URL set for the server shape's shared cache); starts a Redis unless
 * REDIS_URL is set. Or measure servers already running:
 *   --against "127.0.0.1=http://127.0.0.1:3471,0.0.0.0=http://127.0.0.1:3472,nginx=http://127.0.0.1:3473"
 *
 *   --requests 500     unknown paths per serving
 *   --fuzz 1200        hostile requests per serving (0: none)
 *   --first-port 3600  ports of the servers it starts, counting up
 *   --processes 2      `next start` processes behind nginx
 *   --redis-port 6393  the Redis it starts when REDIS_URL is unset
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { hostileRequests, rawRequest, runAll, statusCounts, unanswered, type RawRequest, type RawResponse } from '../../e2e/serving/hostile';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '500' },
    fuzz: { type: 'string', default: '1200' },
    'first-port': { type: 'string', default: '3600' },
    processes: { type: 'string', default: '2' },
    'redis-port': { type: 'string', default: '6393' },
    against: { type: 'string' },
  },
});
const REQUESTS = Number(values.requests);
const FUZZ = Number(values.fuzz);
/** The seed of e2e/serving/fuzz.spec.ts: the same requests as the test. */
const FUZZ_SEED = 14;
const NOT_FOUND_P99_MS = 100;

const children: ChildProcess[] = [];
const stopAll = () => {
  for (const child of children.splice(0)) {
    try {
      // Each child leads its own process group: this reaches `next-server` under npx, and lets the
      // server shape stop its own children (its SIGTERM handler).
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
};
process.on('exit', stopAll);
process.on('SIGINT', () => (stopAll(), process.exit(130)));

function start(command: string, args: string[], env: Record<string, string>) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  children.push(child);
  return child;
}

async function waitFor(url: string, seconds = 120) {
  for (let i = 0; i < seconds * 5; i += 1) {
    const response = await rawRequest(url, { method: 'GET', path: '/en/' }, 2_000);
    if (response.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer /en/ within ${seconds} s (is there a build? npm run build)`);
}

/** The three servings, started here from the current build. */
async function startServings(): Promise<Record<string, string>> {
  const first = Number(values['first-port']);
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const port = values['redis-port']!;
    start('redis-server', ['--bind', '127.0.0.1', '--port', port, '--save', '', '--appendonly', 'no'], {});
    redisUrl = `redis://127.0.0.1:${port}`;
  }
  const env = { REDIS_URL: redisUrl };
  const servings = {
    '127.0.0.1': `http://127.0.0.1:${first}`,
    '0.0.0.0': `http://127.0.0.1:${first + 1}`,
    nginx: `http://127.0.0.1:${first + 2}`,
  };
  start('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(first)], env);
  start('npx', ['next', 'start', '-H', '0.0.0.0', '-p', String(first + 1)], env);
  start('npx', ['tsx', 'scripts/host/server-shape.ts', '--port', String(first + 2), '--first-port', String(first + 3), '--processes', values.processes!], env);
  await Promise.all(Object.values(servings).map((url) => waitFor(url)));
  return servings;
}

/**
 * Unknown paths of every shape the 404 rules meet, each different (i is in every one), and new on
 * every run (the run's mark): nginx keeps a 404 for a while, and serves a stale copy after that.
 */
function unknownPaths(count: number): { path: string; headers: Record<string, string> }[] {
  const run = Date.now().toString(36);
  const shapes = [
    (key: string) => `/en/no-such-page-${key}/`,
    (key: string) => `/zh/nope/${key}/deeper/`,
    (key: string) => `/zh/media-centre/press-releases/no-such-release-${key}/`,
    (key: string) => `/en/media-centre/press-releases/no-such-release-${key}/bilingual/`,
    (key: string) => `/en/topics/no-such-topic-${key}/`,
    (key: string) => `/zh/${encodeURIComponent(`新闻${key}`)}/`,
    (key: string) => `/en/${'a'.repeat(3000)}${key}/`,
    (key: string) => `/en/media-centre/press-releases/%3Cscript%3E${key}/`,
    (key: string) => `/no-such-thing-${key}/`,
  ];
  return Array.from({ length: count }, (_, i) => ({
    path: shapes[i % shapes.length]!(`${i}-${run}`),
    headers: { 'Accept-Language': i % 2 ? 'zh-CN,zh;q=0.9' : 'en-GB' },
  }));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const ms = (value: number) => value.toFixed(1);

type Row = { serving: string; median: string; p99: string; max: string; 'not 404': number; fuzz: string; '5xx': number; unanswered: number; slowest: string };

async function measure(serving: string, base: string): Promise<Row> {
  // Each process reads the 404 page from disk once: warm every one of them first.
  for (let i = 0; i < 20; i += 1) await rawRequest(base, { method: 'GET', path: `/en/warm-up-${i}/` });
  const results: RawResponse[] = [];
  for (const { path, headers } of unknownPaths(REQUESTS)) results.push(await rawRequest(base, { method: 'GET', path, headers }));
  const times = results.map((result) => result.ms).sort((a, b) => a - b);
  const hostile = hostileRequests(FUZZ_SEED, FUZZ);
  const fuzz = FUZZ ? await runAll(base, hostile, 4) : [];
  const counts = statusCounts(fuzz);
  if (fuzz.length) console.log(`${serving}: slowest hostile requests\n  ${slowestHostile(fuzz, hostile).join('\n  ')}`);
  return {
    serving,
    median: ms(percentile(times, 0.5)),
    p99: ms(percentile(times, 0.99)),
    max: ms(times.at(-1)!),
    'not 404': results.filter((result) => result.status !== 404).length,
    fuzz: Object.entries(counts)
      .map(([status, count]) => `${status}×${count}`)
      .join(' '),
    '5xx': fuzz.filter((result) => result.status >= 500).length,
    unanswered: fuzz.filter((result, index) => unanswered(hostile[index]!, result)).length,
    slowest: fuzz.length ? ms(Math.max(...fuzz.map((result) => result.ms))) : '–',
  };
}

/** The slowest hostile requests of a run, named, so a slow one can be found and fixed rather than guessed at. */
function slowestHostile(fuzz: RawResponse[], hostile: RawRequest[], count = 5): string[] {
  return fuzz
    .map((result, index) => ({ result, request: hostile[index]! }))
    .sort((a, b) => b.result.ms - a.result.ms)
    .slice(0, count)
    .map(({ result, request }) => `${ms(result.ms)} ms · ${result.status} · ${request.label ?? ''} ${request.method} ${request.path.slice(0, 80)}`);
}

const servings = values.against ? Object.fromEntries(values.against.split(',').map((entry) => entry.split('=') as [string, string])) : await startServings();
const rows: Row[] = [];
try {
  for (const [serving, base] of Object.entries(servings)) rows.push(await measure(serving, base));
} finally {
  stopAll();
}

console.log(
  `\n404 latency over ${REQUESTS} unknown paths (ms, one at a time, fresh connection each); ${FUZZ} hostile requests (seed ${FUZZ_SEED}) by status:\n`,
);
const columns = ['serving', 'median', 'p99', 'max', 'not 404', '5xx', 'unanswered', 'slowest', 'fuzz'] as const;
console.log(`| ${columns.join(' | ')} |`);
console.log(`| ${columns.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
console.log(
  "\n`closed` in the counts: no HTTP answer, allowed only for heads over Node's 16 KiB limit (the client may miss the 431 while still writing); `unanswered`: any other. `slowest`: ms of the slowest hostile request.",
);
// Issue 14: the localized 404 within 100 ms under every serving (p99; the max is printed beside it).
const slow = rows.filter((row) => Number(row.p99) > NOT_FOUND_P99_MS);
if (slow.length) console.error(`404 p99 over ${NOT_FOUND_P99_MS} ms: ${slow.map((row) => `${row.serving} ${row.p99} ms`).join(', ')}`);
process.exit(slow.length || rows.some((row) => row['5xx'] > 0 || row['not 404'] > 0 || row.unanswered > 0) ? 1 : 0);
