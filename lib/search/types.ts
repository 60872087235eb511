/** The search index of one locale, as shipped to the browser (JSON). */
export type SearchIndex = {
  version: 1;
  lang: string;
  /** [slug, title, date, summary, excerpt] per release, newest first. */
  docs: [string, string, string, string, string][];
  /** Sorted terms; postings[i] belongs to terms[i]. */
  terms: string[];
  /** Per term: doc index and field bits (1 title, 2 summary, 4 body), flattened pairs. */
  postings: number[][];
};

export const FIELD = { title: 1, summary: 2, body: 4 } as const;
