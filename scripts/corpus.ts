/**
 * `npm run corpus -- --releases 1000 --out /tmp/corpus [--seed 42]`
 *
 * Writes N releases in the CMS export format (en, and zh for ~90% of them),
 * for benchmarks and scale tests. Every file is clearly marked as synthetic
 * text; none of it is, or pretends to be, a real release.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../lib/content/corpus';

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

const files = writeCorpus(out, count, Number(values.seed));
console.log(`wrote ${files} files (${count} releases, seed ${values.seed}) to ${out}/releases`);
