import { isHan, normalize, words } from './tokenize';
import { FIELD, type SearchIndex } from './types';

export type SearchHit = { slug: string; title: string; date: string; snippet: string; score: number };

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
  const collect = (term: string, exact: boolean) => {
    const found = new Map<number, number>();
    const [start, end] = exact ? exactRange(index.terms, term) : prefixRange(index.terms, term);
    for (let t = start; t < end; t += 1) {
      const list = index.postings[t]!;
      for (let i = 0; i < list.length; i += 2) found.set(list[i]!, (found.get(list[i]!) ?? 0) | list[i + 1]!);
    }
    return found;
  };
  if (!isHan(word)) return collect(word, false);
  const whole = collect(word, false);
  if (whole.size || [...word].length < 3) return whole;
  // The text may have been cut differently: require two-character pieces that cover the word.
  return coverPairs(word).map((piece) => collect(piece, false)).reduce(intersect);
}

/** 智慧城市 → 智慧, 城市; 新加坡 → 新加, 加坡: pairs the index also holds (it keeps every pair of long words). */
function coverPairs(word: string): string[] {
  const chars = [...word];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) pairs.push(chars[i]! + chars[i + 1]!);
  if (chars.length % 2) pairs.push(chars.at(-2)! + chars.at(-1)!);
  return pairs;
}

function exactRange(terms: readonly string[], term: string): [number, number] {
  const [start] = prefixRange(terms, term);
  return terms[start] === term ? [start, start + 1] : [start, start];
}

function intersect(a: Map<number, number>, b: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [doc, bits] of a) if (b.has(doc)) out.set(doc, bits | b.get(doc)!);
  return out;
}

const WEIGHT = (bits: number) => (bits & FIELD.title ? 4 : 0) + (bits & FIELD.summary ? 2 : 0) + (bits & FIELD.body ? 1 : 0);

/** Releases containing every word of the query, best first (title hits, then newest). */
export function search(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const queryWords = [...new Set(words(query, index.lang))];
  if (!queryWords.length) return [];
  const perWord = queryWords.map((word) => matchWord(index, word));
  const scores = new Map<number, number>();
  for (const [doc] of perWord.reduce(intersect)) {
    scores.set(doc, perWord.reduce((sum, found) => sum + WEIGHT(found.get(doc)!), 0));
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([doc, score]) => {
      const [slug, title, date, summary, excerpt] = index.docs[doc]!;
      const snippet = [summary, excerpt].find((text) => queryWords.some((w) => normalize(text).includes(w))) ?? summary;
      return { slug, title, date, snippet, score };
    });
}

/** Splits text into plain and matched parts, for `<mark>`: matching is on the normalized text. */
export function highlight(text: string, query: string, lang: string): { text: string; match: boolean }[] {
  const needles = [...new Set(words(query, lang))].sort((a, b) => b.length - a.length);
  if (!needles.length) return [{ text, match: false }];
  const folded = normalize(text);
  // NFKC can change lengths; highlight only when it did not, else show plain text.
  if (folded.length !== text.length) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  let i = 0;
  let plainStart = 0;
  while (i < folded.length) {
    const needle = needles.find((n) => folded.startsWith(n, i));
    if (needle) {
      if (i > plainStart) parts.push({ text: text.slice(plainStart, i), match: false });
      parts.push({ text: text.slice(i, i + needle.length), match: true });
      i += needle.length;
      plainStart = i;
    } else i += 1;
  }
  if (plainStart < text.length) parts.push({ text: text.slice(plainStart), match: false });
  return parts;
}
