import type { Locale } from '../../i18n/locales';
import { localePath, routes } from '../routes/paths';
import type { SearchIndex, SearchManifest, SearchTexts } from './types';

/**
 * Search files (the index, shards of body texts) are fetched once per page
 * and shared by every caller. A failed fetch is forgotten at once, so the
 * next attempt (the reader types again, or focuses the box) retries instead
 * of replaying the failure.
 */
const loads = new Map<string, Promise<unknown>>();

export function loadJson<T>(url: string): Promise<T> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<T>;
    });
    loads.set(url, load);
    load.catch(() => loads.delete(url));
  }
  return load as Promise<T>;
}

/** A locale's index: every part the manifest names, fetched side by side (lib/search/types.ts). */
export async function loadIndex(locale: Locale): Promise<SearchIndex[]> {
  const { parts } = await loadJson<SearchManifest>(localePath(locale, routes.searchIndex()));
  return Promise.all(Array.from({ length: parts }, (_, part) => loadJson<SearchIndex>(localePath(locale, routes.searchIndexPart(part)))));
}

/** One shard of a locale's body texts. */
export const loadTexts = (locale: Locale, shard: number) => loadJson<SearchTexts>(localePath(locale, routes.searchText(shard)));
