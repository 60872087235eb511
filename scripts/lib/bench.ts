import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../../lib/content/corpus';

/** Where benchmarks keep their corpora, builds' data and cold caches: outside the checkout. */
export const benchRoot = process.env.BENCH_DIR ?? '/tmp/portal-bench';

/** A synthetic corpus of `releases` releases (npm run corpus), written once per size and seed. */
export function corpus(releases: number, seed = 42): string {
  const dir = path.join(benchRoot, `corpus-${releases}`);
  const stamp = path.join(dir, 'corpus.json');
  const wanted = JSON.stringify({ releases, seed });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return dir;
  writeCorpus(dir, releases, seed);
  writeFileSync(stamp, wanted);
  return dir;
}

export const seconds = (ms: number) => Number((ms / 1000).toFixed(1));

export const machine = () => {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  return `${cpus().length} vCPUs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${load} at start`;
};

/** A Markdown table of rows that share their keys. */
export function table(rows: Record<string, unknown>[]): string {
  if (!rows.length) return '(no rows)';
  const keys = Object.keys(rows[0]!);
  return [`| ${keys.join(' | ')} |`, `| ${keys.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${keys.map((key) => row[key]).join(' | ')} |`)].join(
    '\n',
  );
}

/** Bytes of a folder (du), or 0 when it does not exist. */
export const folderBytes = (dir: string) =>
  existsSync(dir)
    ? Number(
        execSync(`du -sb ${JSON.stringify(dir)}`)
          .toString()
          .split('\t')[0],
      )
    : 0;

/**
 * The environment of a benchmark build: its own content, Next folder, data
 * folder and card cache. Next wants its folders inside the project, so they
 * are (`.next-bench-*`, `out-bench-*`, `.portal/bench-*`).
 */
export function benchEnv(shape: 'server' | 'static', size: number, content: string, redisPort = 6395): Record<string, string> {
  return {
    CONTENT_DIR: content,
    NEXT_DIST_DIR: shape === 'server' ? `.next-bench-${size}` : `out-bench-${size}`,
    PORTAL_DATA_DIR: path.resolve('.portal', `bench-${shape}-${size}`),
    PORTAL_CACHE_DIR: path.resolve('.portal', `bench-cache-${size}`),
    SITE_URL: 'https://media.example.gov.sg',
    // The server shape as deployed: built with the shared cache handler.
    ...(shape === 'server' ? { REDIS_URL: `redis://127.0.0.1:${redisPort}` } : {}),
  };
}
