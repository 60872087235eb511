/**
 * `npm run content` (beside Next's compile in `npm run build`, scripts/build.ts): checks the CMS
 * export, turns it into release records with contentlayer2, writes the
 * content store next to this build (lib/content/store), and renders the
 * Open Graph cards the card cache lacks. `next build` then reads the store.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkHeads, listReleaseFiles, recordChecks } from '../../lib/content/check';
import { readOptions } from '../../lib/content/options';
import { releaseRecords } from '../../lib/content/store/contentlayer';
import { buildDataDir, contentDir, storeDir, storeFiles } from '../../lib/content/store/location';
import { updateStore } from '../../lib/content/store/write';
import { renderMissingCards } from '../../lib/og/pool';
import { codeVersion } from '../../lib/publish/code-version';
import { writeStamps } from '../../lib/publish/content';
import { siteUrlProblem } from '../../lib/site/origins';
import { writeNegotiateBundle } from './negotiate-bundle';
import { reportProblems } from './report';

const clock = () => {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = ((now - last) / 1000).toFixed(1);
    last = now;
    return `${seconds} s`;
  };
};
const lap = clock();

const siteUrl = siteUrlProblem();
if (siteUrl) {
  console.warn(
    [
      '',
      '  ⚠  ' + siteUrl + '.',
      '     Canonical links, hreflang alternates, og:image and card URLs, feed links and the sitemap',
      '     will all name that origin, so social previews and feed links break on the real host.',
      '     Set it to the public address the site is served at: SITE_URL=https://media.example.gov.sg npm run build',
      '',
    ].join('\n'),
  );
}

const source = contentDir();
const options = readOptions();
const files = listReleaseFiles(source);
const checked = checkHeads(source, files, { ...options, diagnose: true });
if (checked.problems.some((problem) => problem.severity === 'error')) {
  reportProblems(checked.problems, source);
  process.exit(1);
}
const checkTime = lap();

const records = await releaseRecords(path.join(buildDataDir(), 'contentlayer'), files);
const contentlayerTime = lap();
reportProblems([...checked.problems, ...recordChecks(records)], source);

const update = updateStore(storeDir(), { records, replaceAll: true });
writeStamps(storeDir(), source, files, new Map(records.map((record) => [record.source.file, record.source.hash])));
writeFileSync(path.join(storeDir(), storeFiles.build), JSON.stringify({ codeVersion: codeVersion(), builtAt: new Date().toISOString(), contentDir: source }));
await writeNegotiateBundle();
const storeTime = lap();

const cards = await renderMissingCards(update.state.model);
console.log(
  `content: ${records.length} releases from ${path.relative(process.cwd(), source) || '.'} · check ${checkTime}, contentlayer2 ${contentlayerTime}, store ${storeTime}, ${cards} cards rendered in ${lap()} · ${path.relative(process.cwd(), storeDir())}`,
);
