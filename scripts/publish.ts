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
 * `--watch`: stay running and publish every change as it lands in the content folder (scripts/publish/watch.ts).
 * `--verbose`: how long each URL took to render, and each step of the store update.
 * `--store-only`: step 1 alone, for every machine but the last when several share one Redis
 * (README, "More machines"): each needs the new store, but the shared cache is revalidated once.
 */
import { publishRound, type RoundOptions } from './publish/round';
import { watchAndPublish } from './publish/watch';

const options: RoundOptions = {
  publishUrl: process.env.PUBLISH_URL ?? 'http://127.0.0.1:3000',
  warmUrl: process.env.WARM_URL ?? process.env.PUBLISH_URL ?? 'http://127.0.0.1:3000',
  token: process.env.PUBLISH_TOKEN,
  storeOnly: process.argv.includes('--store-only'),
  verbose: process.argv.includes('--verbose'),
};
if (!options.token && !options.storeOnly) {
  console.error('PUBLISH_TOKEN is not set: the server refuses to publish without it (set the same value for `next start`).');
  process.exit(2);
}

if (process.argv.includes('--watch')) await watchAndPublish(options);
const { outcome } = await publishRound(options);
process.exit(outcome === 'content' || outcome === 'server' ? 1 : 0);
