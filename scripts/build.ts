/**
 * `npm run build` (the server shape): the content build and Next's compile
 * side by side, then Next renders every page from the content store.
 *
 * The compile does not read the content: pages read the store at render time
 * (lib/content/store), and nothing the content build writes is bundled. So
 * `next build --experimental-build-mode=compile` runs beside
 * `npm run content` (contentlayer2 keeps one core busy below 4,000 files,
 * Turbopack the rest), and `--experimental-build-mode=generate` then collects
 * the pages' data and prerenders them, as one `next build` would: the same
 * files (compared at 1,000 releases). A 1,000-release build took 44.5 s
 * instead of 48.5 s (BENCHMARKS.md, run of 2026-12-07, morning).
 *
 * Either half failing stops the other and fails the build with its own
 * output. The compile's output is shown up to its "Compiled" line: the route
 * table it prints after marks every route dynamic, since it has not
 * prerendered anything; the generate step prints the real one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';

const next = createRequire(import.meta.url).resolve('next/dist/bin/next');

type Step = { name: string; child: ChildProcess; output: string[]; done: Promise<number> };

function start(name: string, args: string[], quiet = false): Step {
  const child = spawn(process.execPath, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const done = new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return { name, child, output, done };
}

/** The compile's output up to the line that says it compiled (everything, when it did not). */
function compileReport(output: string) {
  const lines = output.split('\n');
  const compiled = lines.findIndex((line) => line.includes('Compiled successfully'));
  return (compiled === -1 ? lines : lines.slice(0, compiled + 1)).join('\n').trim();
}

const steps = [start('content', ['--import', 'tsx', 'scripts/content/build.ts']), start('compile', [next, 'build', '--experimental-build-mode=compile'], true)];
// The first failure stops the other half, and is the one reported.
let failed: Step | undefined;
await Promise.all(
  steps.map(async (step) => {
    if ((await step.done) === 0 || failed) return;
    failed = step;
    for (const other of steps) if (other !== step) other.child.kill();
  }),
);
const compile = steps[1]!;
if (!failed || failed === compile) {
  const report = compileReport(compile.output.join(''));
  if (report) (failed ? console.error : console.log)(`\n${report}\n`);
}
if (failed) {
  console.error(`build: ${failed.name} failed.`);
  process.exit(1);
}

const generate = start('generate', [next, 'build', '--experimental-build-mode=generate']);
process.exit(await generate.done);
