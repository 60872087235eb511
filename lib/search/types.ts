/**
 * `/[locale]/search-index.json`: the locale's index is in `parts` files
 * (`/[locale]/search-index/<n>.json`, each a `SearchIndex` of about 1,000
 * releases, lib/search/shards.ts); the search page fetches them all.
 */
export type SearchManifest = { version: 3; lang: string; parts: number };

/**
 * One part of a locale's search index, as shipped to the browser (JSON). It holds
 * what finds a release and what lists it; the body texts that show where a
 * word was found live in shard files (`SearchTexts`), fetched only for the
 * results a reader is shown, so the index stays small at 10,000 releases.
 */
export type SearchIndex = {
  version: 2;
  lang: string;
  /** [slug, title, date, summary, shard of its body text] per release of the part, newest first. */
  docs: [string, string, string, string, number][];
  /** Sorted terms; postings[i] belongs to terms[i]. */
  terms: string[];
  /**
   * Per term, its docs in ascending order, each packed as (gap from the
   * previous doc) × 8 + field bits (1 title, 2 summary, 4 body). Small gaps
   * are short numbers that compress well: at 10,000 releases this is a
   * tenth of the gzipped size of plain (doc, bits) pairs.
   */
  postings: number[][];
};

/** One shard of a locale's body texts: [slug, text with runs of white space collapsed]. */
export type SearchTexts = {
  version: 1;
  lang: string;
  texts: [string, string][];
};

export const FIELD = { title: 1, summary: 2, body: 4 } as const;
