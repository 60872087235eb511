/**
 * The resident publisher (`npm run publish -- --watch`): a process that stays up beside the servers,
 * keeps the store's state in memory, and publishes each batch of changes the CMS writes into the content
 * folder, as the one-off command would. A one-off publish starts cold and reads the whole store back
 * (module loading, 22 MB of JSON and the old model: about 2 s of a publish at 10,000 releases); this
 * one pays that once, at start, and looks only at the files the watcher reports.
 */
import type { PublisherState } from '../../lib/publish/content';
import { contentDir } from '../../lib/content/store/location';
import { prepareOutputs } from '../../lib/routes/outputs';
import { indexStamp } from '../../lib/content/store/read';
import { publishRound, type RoundOptions } from './round';
import { watchFolder } from './watch-folder';

/** Quiet time after the last file event before a round starts: a CMS export writes several files at once. */
const SETTLE_MS = 150;
/** When the server did not take a round's URLs, the next round (which sends them again) starts after this. */
const RETRY_MS = 5_000;

export async function watchAndPublish(options: RoundOptions): Promise<never> {
  const folder = contentDir();
  let kept: PublisherState | undefined;
  // The index this process last read or wrote: when another one (a one-off publish, a build) replaced it, what is kept is stale.
  let keptStamp: string | undefined;
  // Files reported since the last round started; undefined: look at every file (start, or an event without a name).
  let hinted: Set<string> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();

  const round = () => {
    running = running.then(async () => {
      if (kept && indexStamp() !== keptStamp) {
        console.log('publish: the store was changed by another process; reading it again and looking at every file.');
        [kept, hinted] = [undefined, undefined];
      }
      const batch = hinted;
      hinted = new Set();
      const result = await publishRound(options, { kept, hinted: kept ? batch : undefined }).catch((error: Error) => {
        console.error(`publish: ${error.stack ?? error.message}`);
        return undefined;
      });
      if (result?.state) [kept, keptStamp] = [result.state, indexStamp()];
      // A store just read (the first round, or another process changed it): get what the next publish needs of it now.
      if (kept) prepareOutputs(kept.store.model, '');
      // A round that crashed may have left what it held half-changed (a publish patches it in place): read the store again.
      if (!result) kept = undefined;
      // A round that applied nothing (a content error, a crash) is tried again with the same files at the next change.
      if (!result || result.outcome === 'content') hinted = batch && hinted && new Set([...batch, ...hinted]);
      if (result?.outcome === 'server') schedule(RETRY_MS);
    });
  };
  let stopping = false;
  const schedule = (ms: number) => {
    if (stopping) return;
    clearTimeout(timer);
    timer = setTimeout(round, ms);
  };

  watchFolder(folder, (name) => {
    if (!name) hinted = undefined;
    else hinted?.add(name);
    schedule(SETTLE_MS);
  });
  // An operator's way to say "look at everything" (a change the watcher may have missed, such as a folder moved in).
  process.on('SIGHUP', () => {
    hinted = undefined;
    schedule(0);
  });
  // Stopping (Ctrl-C, a service manager's SIGTERM) lets the round under way end, with the files it writes once
  // the change is live: killed before them, the publisher would leave a store whose next publish fingerprints
  // every output again (7 s at 10,000 releases).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      clearTimeout(timer);
      void running.then(() => process.exit(0));
    });
  }
  console.log(`publish: watching ${folder}; changes are published as they land (SIGHUP: look at every file; Ctrl-C stops).`);
  round();
  return new Promise<never>(() => {});
}
