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
 * The content build always runs to its end, so that an editor sees every
 * problem of the export; when it fails, the compile is stopped and the build
 * fails with the content's output. The compile's output is shown up to its
 * "Compiled" line (all of it when it failed): the route table it prints
 * after marks every route dynamic, since it has not prerendered anything;
 * the generate step prints the real one.
 */
import { nextBin, start } from './lib/steps';

/** The compile's output up to the line that says it compiled (everything, when it did not). */
function compileReport(output: string) {
  const lines = output.split('\n');
  const compiled = lines.findIndex((line) => line.includes('Compiled successfully'));
  return (compiled === -1 ? lines : lines.slice(0, compiled + 1)).join('\n').trim();
}

const content = start('content', ['--import', 'tsx', 'scripts/content/build.ts']);
const compile = start('compile', [nextBin, 'build', '--experimental-build-mode=compile'], { quiet: true });
void content.done.then((code) => code !== 0 && compile.stop());
const [contentCode, compileCode] = await Promise.all([content.done, compile.done]);
if (contentCode === 0) {
  const report = compileReport(compile.output.join(''));
  if (report) (compileCode === 0 ? console.log : console.error)(`\n${report}\n`);
}
const failed = contentCode !== 0 ? content : compileCode !== 0 ? compile : undefined;
if (failed) {
  console.error(`build: ${failed.name} failed.`);
  process.exit(1);
}

const generate = start('generate', [nextBin, 'build', '--experimental-build-mode=generate']);
process.exit(await generate.done);
