/**
 * `npm run bench`: what a build costs as the archive grows, and what one
 * server holds. For synthetic corpora of 100, 500 and 1,000 bilingual
 * releases: build wall time, peak memory of the whole process tree, phase
 * times, counts and output size; then publishing one release with the
 * previous build's cache; then `next start` under load against a plain
 * static file server. Writes BENCHMARKS.md.
 */
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure, type RunResult } from '../lib/measure';
import { loadTest } from './serve';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,500,1000' }, seconds: { type: 'string', default: '15' } } });
const sizes = values.sizes!.split(',').map(Number);
const root = process.cwd();
const corpusDir = (n: number) => `/tmp/portal-bench/corpus-${n}`;
const distDir = (n: number) => `.next-bench-${n}`;

const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
const phase = (output: string, pattern: RegExp) => {
  const match = output.match(pattern);
  if (!match) return NaN;
  return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
};

function summarize(n: number, run: RunResult, contentMs: number) {
  const dist = path.join(root, distDir(n));
  const routes = Object.keys(JSON.parse(readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8')).routes as object);
  const du = (dir: string) => Number(execSync(`du -sb ${dir}`).toString().split('\t')[0]);
  return {
    releases: n,
    'wall s': seconds(run.ms),
    'peak MB (all processes)': Math.round(run.peakBytes / 1e6),
    'content s': seconds(contentMs),
    'compile s': phase(run.output, /Compiled successfully in ([\d.]+)(m?s)/),
    'static generation s': phase(run.output, /Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(m?s)/),
    pages: routes.filter((r) => !/\.(xml|json|png)$/.test(r) && !r.startsWith('/_')).length,
    'OG images': routes.filter((r) => r.endsWith('og.png')).length,
    feeds: routes.filter((r) => /(feed\.xml|atom\.xml|feed\.json)$/.test(r)).length,
    'output MB': Math.round(du(dist) / 1e6),
  };
}

// next build adds each distDir's type folder to tsconfig.json; the bench's folders are temporary.
const tsconfig = readFileSync('tsconfig.json', 'utf8');
process.on('exit', () => writeFileSync('tsconfig.json', tsconfig));

const results: ReturnType<typeof summarize>[] = [];
for (const n of sizes) {
  execSync(`npx tsx scripts/corpus.ts --releases ${n} --out ${corpusDir(n)}`, { stdio: 'ignore' });
  rmSync(distDir(n), { recursive: true, force: true });
  // The content phase on its own: the check plus Contentlayer.
  const content = await measure('npx', ['contentlayer2', 'build'], { CONTENT_DIR: corpusDir(n) });
  const check = await measure('npx', ['tsx', 'scripts/check-content.ts'], { CONTENT_DIR: corpusDir(n) });
  const run = await measure('npm', ['run', 'build'], { CONTENT_DIR: corpusDir(n), NEXT_DIST_DIR: distDir(n) });
  if (run.code !== 0) throw new Error(`build of ${n} releases failed:\n${run.output.slice(-2000)}`);
  const row = summarize(n, run, content.ms + check.ms);
  results.push(row);
  console.log(row);
}

// Publishing one release into the largest site, with that build's cache in place.
const largest = Math.max(...sizes);
writeFileSync(
  path.join(corpusDir(largest), 'releases/en/2025-01-02-one-new-release.md'),
  '---\ntitle: "[Synthetic] One new release"\npermalink: /media-centre/press-releases/one-new-release/\ndate: 2025-01-02\ndescription: Synthetic.\nvariant: tiptap\n---\n<p>Synthetic text for benchmarks; not a real press release.</p>\n',
);
// Every rendered card lands in the cache as a new file: the count of new files is the count of renders.
const cardFiles = () => readdirSync(path.join(distDir(largest), 'cache/og-cards')).length;
const cardsBefore = cardFiles();
const publish = await measure('npm', ['run', 'build'], { CONTENT_DIR: corpusDir(largest), NEXT_DIST_DIR: distDir(largest) });
const cardsRendered = cardFiles() - cardsBefore;

const serving = await loadTest(distDir(largest), Number(values.seconds));

// ---- report ----
const table = (rows: Record<string, unknown>[]) => {
  const keys = Object.keys(rows[0]!);
  return [`| ${keys.join(' | ')} |`, `| ${keys.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${keys.map((k) => r[k as keyof typeof r]).join(' | ')} |`)].join('\n');
};
const perThousand = results.map((r) => ({
  releases: r.releases,
  'wall s per 1,000': Number(((r['wall s'] * 1000) / r.releases).toFixed(1)),
  'static generation s per 1,000': Number(((r['static generation s'] * 1000) / r.releases).toFixed(1)),
}));
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const report = `
## Run of ${new Date().toISOString().slice(0, 10)} on ${machine}

### Build, by corpus size

${table(results)}

### Cost per 1,000 releases

${table(perThousand)}

### Publishing one release into the ${largest}-release site (cache of the previous build present)

| wall s | peak MB | cards rendered |
| --- | --- | --- |
| ${seconds(publish.ms)} | ${Math.round(publish.peakBytes / 1e6)} | ${cardsRendered} |

### Serving the ${largest}-release build (${values.seconds} s per run, loopback, mixed release/list/feed URLs)

${table(serving)}
`;
console.log(report);
appendFileSync('BENCHMARKS.md', report);
