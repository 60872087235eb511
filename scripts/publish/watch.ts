/**
 * The resident publisher (`npm run publish -- --watch`): a process that stays up beside the servers,
 * keeps the store's state in memory, and publishes each batch of changes the CMS writes into the content
 * folder, as the one-off command would. A one-off publish starts cold and reads the whole store back
 * (module loading, 22 MB of JSON and the old model: about 2 s of a publish at 10,000 releases); this
 * one pays that once, at start, and looks only at the files the watcher reports.
 */
import type { PublisherState } from '../../lib/publish/content';
import { contentDir } from '../../lib/content/store/location';
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
      // A round that applied nothing (a content error, a crash) is tried again with the same files at the next change.
      if (!result || result.outcome === 'content') hinted = batch && hinted && new Set([...batch, ...hinted]);
      if (result?.outcome === 'server') schedule(RETRY_MS);
    });
  };
  const schedule = (ms: number) => {
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
  console.log(`publish: watching ${folder}; changes are published as they land (SIGHUP: look at every file; Ctrl-C stops).`);
  round();
  return new Promise<never>(() => {});
}
