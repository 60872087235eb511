/**
 * `npm run dev` runs this beside `next dev`, after one content build: on
 * every change in the content folder, the same incremental update a publish
 * makes (lib/publish/content.ts). The dev server reads the store on each
 * request, so a saved file shows on the next reload.
 */
import { watch } from 'node:fs';
import { contentDir, storeDir } from '../../lib/content/store/location';
import { publishContent } from '../../lib/publish/content';
import { reportProblems } from './report';

let timer: ReturnType<typeof setTimeout> | undefined;
let running = Promise.resolve();
const update = () => {
  running = running.then(async () => {
    const started = performance.now();
    const result = await publishContent(contentDir(), storeDir());
    if (result.problems.length) reportProblems(result.problems, contentDir());
    const outputs = result.update?.outputs;
    if (outputs) {
      console.log(
        `content: ${result.changedFiles.length + result.removedFiles.length} file(s) → ${outputs.changed.length + outputs.added.length + outputs.removed.length} URL(s) changed (${Math.round(performance.now() - started)} ms)`,
      );
    }
  });
};
watch(contentDir(), { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
});
console.log(`content: watching ${contentDir()}`);
