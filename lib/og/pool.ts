import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteModel } from '../content/model';
import { runTsWorker } from '../workers/ts-worker';
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
      return runTsWorker(workerFile, { workerData: { cards, fontTexts }, failure: (code) => `card worker exited with ${code}` });
    }),
  );
  return missing.length;
}
