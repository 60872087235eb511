'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/i18n/locales';
import { loadTexts } from '@/lib/search/load';
import type { SearchHit } from '@/lib/search/query';

/** `locale/slug` → body text. */
export type BodyTexts = ReadonlyMap<string, string>;
export const textKey = (locale: Locale, slug: string) => `${locale}/${slug}`;

/**
 * Body texts of the results on screen whose body matched, for their
 * snippets: only their shards are fetched, each once. Until a shard
 * arrives (or if it fails) a result shows its summary.
 */
export function useBodyTexts(locale: Locale | undefined, hits: readonly SearchHit[]): BodyTexts {
  const [texts, setTexts] = useState<BodyTexts>(() => new Map());
  const shards = [...new Set(hits.filter((hit) => hit.inBody).map((hit) => hit.shard))].join(',');

  useEffect(() => {
    if (!locale || !shards) return;
    for (const shard of shards.split(',').map(Number)) {
      loadTexts(locale, shard)
        .then((file) =>
          setTexts((current) => {
            if (file.texts.every(([slug]) => current.has(textKey(locale, slug)))) return current;
            const next = new Map(current);
            for (const [slug, text] of file.texts) next.set(textKey(locale, slug), text);
            return next;
          }),
        )
        .catch(() => undefined);
    }
  }, [locale, shards]);

  return texts;
}
