/**
 * `npm run publish`: makes a running server (`next start`, one or more
 * processes sharing Redis, behind nginx or not) serve what changed in the
 * content folder, in seconds and without a restart:
 *
 * 1. the content store is updated from the files that changed (lib/publish/content.ts);
 * 2. the server is told which URLs changed (POST /api/publish, authenticated with PUBLISH_TOKEN);
 * 3. each of them is requested (once per encoding nginx keeps), so it is rendered now and not by the next reader
 *    (through nginx with `X-Portal-Refresh`, so nginx's short cache takes the new copy too).
 *
 * PUBLISH_URL: a Next process (default http://127.0.0.1:3000); WARM_URL: where readers come in (default PUBLISH_URL).
 * `--verbose`: how long each URL took to render.
 * `--store-only`: step 1 alone, for every machine but the last when several share one Redis
 * (README, "More machines"): each needs the new store, but the shared cache is revalidated once.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORE_RECHECK_MS } from '../lib/content/store/read';
import { PUBLISH_ENDPOINT } from '../lib/host/contract';
import { cachedEncodings } from '../lib/host/nginx';
import { contentDir, storeDir } from '../lib/content/store/location';
import { publishContent } from '../lib/publish/content';
import { reportProblems } from './content/report';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const publishUrl = process.env.PUBLISH_URL ?? 'http://127.0.0.1:3000';
const warmUrl = process.env.WARM_URL ?? publishUrl;
const token = process.env.PUBLISH_TOKEN;
const storeOnly = process.argv.includes('--store-only');
const verbose = process.argv.includes('--verbose');
if (!token && !storeOnly) {
  console.error('PUBLISH_TOKEN is not set: the server refuses to publish without it (set the same value for `next start`).');
  process.exit(2);
}

// URLs a previous run put in the store but could not get the server to revalidate: they are still owed.
const pendingFile = path.join(storeDir(), 'pending-revalidation.json');
const pending = existsSync(pendingFile)
  ? (JSON.parse(readFileSync(pendingFile, 'utf8')) as { changed: string[]; removed: string[] })
  : { changed: [], removed: [] };

const published = await publishContent(contentDir(), storeDir());
if (published.problems.length) reportProblems(published.problems, contentDir());
if (published.problems.some((problem) => problem.severity === 'error')) process.exit(1);
const outputs = published.update?.outputs ?? { changed: [], added: [], removed: [] };
const changed = [...new Set([...pending.changed, ...outputs.changed, ...outputs.added])];
const removed = [...new Set([...pending.removed, ...outputs.removed])].filter((path) => !changed.includes(path));
const paths = [...changed, ...removed];
if (!paths.length) {
  console.log('publish: nothing changed in the content folder.');
  process.exit(0);
}
if (storeOnly || !token) {
  console.log(
    `publish: store updated (${published.changedFiles.length} file(s) changed, ${published.removedFiles.length} removed); nothing revalidated (${elapsed()})`,
  );
  process.exit(0);
}
writeFileSync(pendingFile, JSON.stringify({ changed, removed }));
console.log(
  `publish: ${published.changedFiles.length} file(s) changed, ${published.removedFiles.length} removed → ${changed.length} URLs to render, ${removed.length} gone (${elapsed()})`,
);

// Every process looks at the store at least this often: let them all see the new content before anything re-renders.
await new Promise((resolve) => setTimeout(resolve, STORE_RECHECK_MS * 3));
const owed = `the ${paths.length} URLs are kept in ${path.relative(process.cwd(), pendingFile)} and the next run revalidates them`;
const response = await fetch(publishUrl + PUBLISH_ENDPOINT, {
  method: 'POST',
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ paths }),
}).catch((error: Error) => {
  console.error(`publish: the store is updated, but no server answers at ${publishUrl} (${error.cause ?? error.message}): ${owed}. Is PUBLISH_URL right?`);
  process.exit(1);
});
if (!response.ok) {
  console.error(`publish: the server answered ${response.status}: ${await response.text()}; ${owed}.`);
  process.exit(1);
}

// Render the changed pages now (four at a time), so no reader waits for them.
const queue = [...paths];
const failures: string[] = [];
const timings: { path: string; ms: number }[] = [];
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      // Once per copy nginx's micro-cache keeps (gzipped and plain); a Next process ignores the header.
      for (const encoding of cachedEncodings) {
        const asked = performance.now();
        const answer = await fetch(warmUrl + path, { headers: { 'X-Portal-Refresh': token, ...encoding }, redirect: 'manual' });
        await answer.arrayBuffer();
        timings.push({ path, ms: performance.now() - asked });
        if (verbose) console.log(`  ${answer.status} ${path} ${Math.round(performance.now() - asked)} ms (${Object.values(encoding)[0] || 'plain'})`);
        const expected = removed.includes(path) ? answer.status === 404 : answer.status === 200;
        if (!expected) failures.push(`${path} → ${answer.status}`);
      }
    }
  }),
);
rmSync(pendingFile, { force: true });
if (failures.length) {
  console.error(`publish: ${failures.length} URL(s) did not answer as expected:\n  ${failures.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
// The slowest renders: where a publish that takes long spends its time.
const slowest = timings
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 3)
  .map(({ path, ms }) => `${path} ${(ms / 1000).toFixed(1)} s`);
console.log(`publish: live in ${elapsed()} (slowest: ${slowest.join(', ')})`);
