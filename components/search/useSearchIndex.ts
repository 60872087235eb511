'use client';

import { useCallback } from 'react';
import { locales, type Locale } from '@/i18n/locales';
import { loadIndex } from '@/lib/search/load';
import { search, type SearchHit } from '@/lib/search/query';

/** What a search found, and in which language's index. */
export type Found = { query: string; locale: Locale; hits: SearchHit[] };

/**
 * The page language's index, fetched on first use (`warm` on focus, or the
 * first search), never with the page; a failed fetch is retried by the next
 * call (lib/search/load.ts). When a query finds nothing in the page's
 * language, the other languages' indexes are asked too (fetched only then).
 */
export function useSearchIndex(locale: Locale) {
  const warm = useCallback(() => void loadIndex(locale).catch(() => undefined), [locale]);

  const find = useCallback(
    async (query: string): Promise<Found> => {
      const hits = search(await loadIndex(locale), query);
      if (hits.length) return { query, locale, hits };
      for (const other of locales.filter((l) => l !== locale)) {
        try {
          const elsewhere = search(await loadIndex(other), query);
          if (elsewhere.length) return { query, locale: other, hits: elsewhere };
        } catch {
          // The other language is a bonus: without its index the reader still gets this language's answer.
        }
      }
      return { query, locale, hits: [] };
    },
    [locale],
  );

  return { warm, find };
}
