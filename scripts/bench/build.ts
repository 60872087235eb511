/**
 * `npm run bench:build -- --sizes 1000,10000 [--shapes server,static] [--cards cold|warm]`
 *
 * Full builds from nothing (no .next, no content store; the card cache cold
 * unless `--cards warm`) of synthetic archives, in both deployment shapes:
 * `npm run build` (the server shape) and `npm run build:static --full`. For
 * each: wall time, peak memory summed over the whole process tree, the
 * phases (content check, contentlayer2, cards, compile, page generation),
 * paths generated and output size. Prints a Markdown report.
 *
 * Targets (issue 15): 1,000 releases ≤ 45 s, 10,000 ≤ 6 min, ≤ 6 GB.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchEnv, corpus, folderBytes, machine, seconds, table } from '../lib/bench';
import { measure, type RunResult } from '../lib/measure';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    shapes: { type: 'string', default: 'server,static' },
    cards: { type: 'string', default: 'cold' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const shapes = values.shapes!.split(',') as ('server' | 'static')[];
const header = machine();

// next build adds each distDir's type folder to tsconfig.json; the bench's folders are temporary.
const tsconfig = readFileSync('tsconfig.json', 'utf8');
process.on('exit', () => writeFileSync('tsconfig.json', tsconfig));
const number = (output: string, pattern: RegExp) => {
  const match = output.match(pattern);
  if (!match) return NaN;
  // Next prints long phases in minutes ("in 14.2min").
  return match[2] === 'ms' ? Number(match[1]) / 1000 : match[2] === 'min' ? Number(match[1]) * 60 : Number(match[1]);
};

/** What the build printed about its phases (scripts/content/build.ts and next build). */
function phases(run: RunResult) {
  return {
    'check s': number(run.output, /check ([\d.]+) (s)/),
    'contentlayer2 s': number(run.output, /contentlayer2 ([\d.]+) (s)/),
    cards: number(run.output, /(\d+) cards rendered()/),
    'cards s': number(run.output, /cards rendered in ([\d.]+) (s)/),
    'compile s': number(run.output, /Compiled successfully in ([\d.]+)(min|m?s)/),
    'generation s': number(run.output, /Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(min|m?s)/),
    paths: number(run.output, /Generating static pages using \d+ workers? \(\d+\/(\d+)\)()/),
  };
}

const rows: Record<string, unknown>[] = [];
for (const size of sizes) {
  const content = corpus(size);
  for (const shape of shapes) {
    const env = benchEnv(shape, size, content);
    const dist = env.NEXT_DIST_DIR!;
    rmSync(env.PORTAL_DATA_DIR!, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    if (values.cards === 'cold') rmSync(env.PORTAL_CACHE_DIR!, { recursive: true, force: true });
    // A static export keeps Next's own build (and its compile cache) in .next, whatever NEXT_DIST_DIR says.
    if (shape === 'static') rmSync('.next', { recursive: true, force: true });
    // The previous build's gigabytes, written or just deleted, reach the disk before the clock starts.
    execFileSync('sync');
    const run = shape === 'server' ? await measure('npm', ['run', 'build'], env) : await measure('npx', ['tsx', 'scripts/static/build.ts', '--full'], env);
    if (run.code !== 0) throw new Error(`${shape} build of ${size} releases failed:\n${run.output.slice(-3000)}`);
    const row = {
      shape,
      releases: size,
      'wall s': seconds(run.ms),
      'peak GB (all processes)': Number((run.peakBytes / 1e9).toFixed(2)),
      ...phases(run),
      'output MB': Math.round(folderBytes(dist) / 1e6),
    };
    rows.push(row);
    console.log(row);
    // Kept: \`npm run bench:publish\` publishes into these builds.
  }
}

console.log(`
### Full builds, ${values.cards} card cache (${new Date().toISOString().slice(0, 10)}, ${header})

${table(rows)}
`);
