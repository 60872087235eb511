/**
 * One publish: the store is brought up to date with the content folder, then the server is told which
 * URLs changed and each of them is requested, so it is rendered now and not by the next reader. The
 * one-off command runs one round; the resident publisher (`--watch`) runs one per batch of file changes.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORE_RECHECK_MS } from '../../lib/content/store/read';
import { contentDir, storeDir } from '../../lib/content/store/location';
import { PUBLISH_ENDPOINT } from '../../lib/host/contract';
import { cachedEncodings } from '../../lib/host/nginx';
import { publishContent, type PublisherState } from '../../lib/publish/content';
import { reportProblems } from '../content/report';

export type RoundOptions = {
  /** A Next process (default http://127.0.0.1:3000). */
  publishUrl: string;
  /** Where readers come in (nginx), so its short cache takes the new copies too. */
  warmUrl: string;
  token?: string;
  storeOnly: boolean;
  verbose: boolean;
};

/** How a round ended: `content` (a content error: nothing applied), `server` (the store is updated, the server still owes the URLs). */
export type RoundResult = { outcome: 'nothing' | 'stored' | 'live' | 'content' | 'server'; state?: PublisherState };

/**
 * `kept` and `hinted`: what a resident publisher holds and what its watcher saw (lib/publish/content.ts).
 * What only publishers read (the outputs' fingerprints, related lists, source stamps) is written when the
 * round is over, after the servers have the change: not before a reader sees it.
 */
export async function publishRound(options: RoundOptions, resident: { kept?: PublisherState; hinted?: ReadonlySet<string> } = {}): Promise<RoundResult> {
  const deferred: (() => void)[] = [];
  try {
    return await round(options, { ...resident, defer: (job) => deferred.push(job) });
  } finally {
    for (const job of deferred) job();
  }
}

async function round(options: RoundOptions, resident: Parameters<typeof publishContent>[2]): Promise<RoundResult> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  // URLs a previous round put in the store but could not get the server to revalidate: they are still owed.
  const pendingFile = path.join(storeDir(), 'pending-revalidation.json');
  const pending = existsSync(pendingFile)
    ? (JSON.parse(readFileSync(pendingFile, 'utf8')) as { changed: string[]; removed: string[] })
    : { changed: [], removed: [] };

  const published = await publishContent(contentDir(), storeDir(), resident);
  if (published.problems.length) reportProblems(published.problems, contentDir());
  if (published.problems.some((problem) => problem.severity === 'error')) return { outcome: 'content', state: published.state };
  const outputs = published.update?.outputs ?? { changed: [], added: [], removed: [] };
  const changed = [...new Set([...pending.changed, ...outputs.changed, ...outputs.added])];
  const removed = [...new Set([...pending.removed, ...outputs.removed])].filter((path) => !changed.includes(path));
  const paths = [...changed, ...removed];
  const state = published.state;
  if (!paths.length) {
    console.log('publish: nothing changed in the content folder.');
    return { outcome: 'nothing', state };
  }
  if (options.storeOnly || !options.token) {
    console.log(
      `publish: store updated (${published.changedFiles.length} file(s) changed, ${published.removedFiles.length} removed); nothing revalidated (${elapsed()})`,
    );
    return { outcome: 'stored', state };
  }
  writeFileSync(pendingFile, JSON.stringify({ changed, removed }));
  console.log(
    `publish: ${published.changedFiles.length} file(s) changed, ${published.removedFiles.length} removed → ${changed.length} URLs to render, ${removed.length} gone (${elapsed()})`,
  );
  const phases = Object.entries(published.update?.phases ?? {});
  if (options.verbose && phases.length) console.log(`  store step, ms: ${phases.map(([name, ms]) => `${name} ${ms}`).join(', ')}`);

  // Every process looks at the store at least this often: let them all see the new content before anything
  // re-renders. They have been loading it since the index was written, while the publisher worked out the
  // outputs (at 10,000 releases that alone takes longer than this).
  const sinceIndex = published.update ? performance.now() - published.update.indexWrittenAt : 0;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, STORE_RECHECK_MS * 3 - sinceIndex)));
  const owed = `the ${paths.length} URLs are kept in ${path.relative(process.cwd(), pendingFile)} and the next round revalidates them`;
  const response = await fetch(options.publishUrl + PUBLISH_ENDPOINT, {
    method: 'POST',
    headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ paths }),
  }).catch((error: Error) => {
    console.error(
      `publish: the store is updated, but no server answers at ${options.publishUrl} (${error.cause ?? error.message}): ${owed}. Is PUBLISH_URL right?`,
    );
  });
  if (!response) return { outcome: 'server', state };
  if (!response.ok) {
    console.error(`publish: the server answered ${response.status}: ${await response.text()}; ${owed}.`);
    return { outcome: 'server', state };
  }

  const { failures, slowest } = await warm(options, paths, removed);
  rmSync(pendingFile, { force: true });
  if (failures.length) {
    console.error(`publish: ${failures.length} URL(s) did not answer as expected:\n  ${failures.slice(0, 20).join('\n  ')}`);
    return { outcome: 'server', state };
  }
  console.log(`publish: live in ${elapsed()} (slowest: ${slowest.join(', ')})`);
  return { outcome: 'live', state };
}

/** Renders the changed pages now (four at a time), so no reader waits for them; the three slowest say where the time went. */
async function warm(options: RoundOptions, paths: string[], removed: string[]) {
  const queue = [...paths];
  const failures: string[] = [];
  const timings: { path: string; ms: number }[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        // Once per copy nginx's micro-cache keeps (gzipped and plain); a Next process ignores the header.
        for (const encoding of cachedEncodings) {
          const asked = performance.now();
          const answer = await fetch(options.warmUrl + path, { headers: { 'X-Portal-Refresh': options.token!, ...encoding }, redirect: 'manual' });
          await answer.arrayBuffer();
          timings.push({ path, ms: performance.now() - asked });
          if (options.verbose) console.log(`  ${answer.status} ${path} ${Math.round(performance.now() - asked)} ms (${Object.values(encoding)[0] || 'plain'})`);
          const expected = removed.includes(path) ? answer.status === 404 : answer.status === 200;
          if (!expected) failures.push(`${path} → ${answer.status}`);
        }
      }
    }),
  );
  const slowest = timings
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map(({ path, ms }) => `${path} ${(ms / 1000).toFixed(1)} s`);
  return { failures, slowest };
}
