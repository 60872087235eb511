import { coverPairs, isHan, words } from './tokenize';
import { FIELD, type SearchIndex } from './types';

export type SearchHit = {
  slug: string;
  title: string;
  date: string;
  summary: string;
  /** The shard file holding its body text. */
  shard: number;
  /** Did a query word match in the body? Then the snippet comes from the body text. */
  inBody: boolean;
  score: number;
};

/** Index positions of terms starting with `prefix` (terms are sorted: binary search, then scan). */
function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (terms[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < terms.length && terms[end]!.startsWith(prefix)) end += 1;
  return [low, end];
}

/** Docs (with field bits) matching one query word: Latin by prefix, Chinese by word or its pieces. */
function matchWord(index: SearchIndex, word: string): Map<number, number> {
  const collect = (prefix: string) => {
    const found = new Map<number, number>();
    const [start, end] = prefixRange(index.terms, prefix);
    for (let t = start; t < end; t += 1) {
      let doc = 0;
      for (const packed of index.postings[t]!) {
        doc += Math.floor(packed / 8);
        found.set(doc, (found.get(doc) ?? 0) | (packed % 8));
      }
    }
    return found;
  };
  const whole = collect(word);
  if (!isHan(word) || whole.size || [...word].length < 3) return whole;
  // The text may have been cut differently: require two-character pieces that cover the word.
  return coverPairs(word).map(collect).reduce(intersect);
}

function intersect(a: Map<number, number>, b: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [doc, bits] of a) if (b.has(doc)) out.set(doc, bits | b.get(doc)!);
  return out;
}

const WEIGHT = (bits: number) => (bits & FIELD.title ? 4 : 0) + (bits & FIELD.summary ? 2 : 0) + (bits & FIELD.body ? 1 : 0);

/**
 * Releases containing every word of the query, best first (title hits, then newest), over every part of
 * a locale's index (oldest part first, as numbered). Parts cover runs of the archive oldest first and
 * list their releases newest first, so the newest part's hits, then the next, is newest first overall:
 * a stable sort by score keeps that order among equal scores.
 */
export function search(parts: readonly SearchIndex[], query: string): SearchHit[] {
  return [...parts]
    .reverse()
    .flatMap((part) => searchPart(part, query))
    .sort((a, b) => b.score - a.score);
}

/** The hits of one part, best first, then in the part's order (newest first). */
function searchPart(index: SearchIndex, query: string): SearchHit[] {
  const queryWords = [...new Set(words(query, index.lang))];
  if (!queryWords.length) return [];
  const perWord = queryWords.map((word) => matchWord(index, word));
  const found = new Map<number, { score: number; bits: number }>();
  for (const [doc] of perWord.reduce(intersect)) {
    const bits = perWord.map((matches) => matches.get(doc)!);
    found.set(doc, { score: bits.reduce((sum, b) => sum + WEIGHT(b), 0), bits: bits.reduce((all, b) => all | b, 0) });
  }
  return [...found]
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .map(([doc, { score, bits }]) => {
      const [slug, title, date, summary, shard] = index.docs[doc]!;
      return { slug, title, date, summary, shard, inBody: Boolean(bits & FIELD.body), score };
    });
}
