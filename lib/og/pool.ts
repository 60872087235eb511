import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SiteModel } from '../content/model';
import { allCardTexts, defaultCardData, releaseCardData, type CardData } from './card-data';
import { cardCacheDir, cardKey } from './render';

const workerFile = fileURLToPath(new URL('./pool-worker.ts', import.meta.url));

/** Every card of the site: each release's, and each language's default card. */
export function siteCards(model: SiteModel): CardData[] {
  return model.locales.flatMap((locale) => [defaultCardData(locale), ...model.releases(locale).map(releaseCardData)]);
}

/**
 * Renders the cards the cache does not have yet, in worker threads (one per
 * core), before and outside the page renderer: `next build` then only reads
 * PNGs. Returns how many were rendered.
 */
export async function renderMissingCards(model: SiteModel, workers = availableParallelism()): Promise<number> {
  const dir = cardCacheDir();
  const missing = siteCards(model).filter((card) => !existsSync(path.join(/* turbopackIgnore: true */ dir, `${cardKey(card)}.png`)));
  if (!missing.length) return 0;
  const fontTexts = allCardTexts(model);
  const count = Math.max(1, Math.min(workers, Math.ceil(missing.length / 50)));
  await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const cards = missing.filter((_, i) => i % count === index);
      return new Promise<void>((resolve, reject) => {
        // The worker is TypeScript: tsx loads it (a `--import tsx` flag does not reach worker threads on Node 20).
        const load = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(workerFile)}, ${JSON.stringify(import.meta.url)}))`;
        const worker = new Worker(load, { eval: true, workerData: { cards, fontTexts } });
        worker.once('error', reject);
        worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`card worker exited with ${code}`))));
      });
    }),
  );
  return missing.length;
}
