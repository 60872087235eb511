/**
 * `npm run corpus -- --releases 1000 --out /tmp/corpus [--seed 42]`
 *
 * Writes N releases in the CMS export format (en, and zh for ~90% of them),
 * for benchmarks and scale tests. Every file is clearly marked as synthetic
 * text; none of it is, or pretends to be, a real release.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../lib/content/corpus';

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '100' },
    out: { type: 'string', default: '/tmp/corpus' },
    seed: { type: 'string', default: '42' },
  },
});
const count = Number(values.releases);
const out = path.resolve(values.out!);
if (!Number.isInteger(count) || count < 1) {
  console.error(`--releases must be a positive whole number, got ${JSON.stringify(values.releases)}`);
  process.exit(2);
}

rmSync(path.join(out, 'releases'), { recursive: true, force: true });
let files = 0;
for (const file of generateCorpus(count, Number(values.seed))) {
  const target = path.join(out, 'releases', file.locale, file.name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.text);
  files += 1;
}
console.log(`wrote ${files} files (${count} releases, seed ${values.seed}) to ${out}/releases`);
