/**
 * One tokenizer for the index (built at build time in Node) and the query
 * (in the browser), so both cut text the same way. No dependency: both have
 * Intl.Segmenter, which segments Chinese into dictionary words.
 */

const HAN = /\p{Script=Han}/u;

/** Full-width forms fold to half-width (ＡＢＣ１ → abc1), case folds, accents stay. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const segmenters = new Map<string, Intl.Segmenter>();
export function segmenter(lang: string) {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

/** Words of a text, normalized; punctuation and spaces dropped. */
export function words(text: string, lang: string): string[] {
  return [...segmenter(lang).segment(normalize(text))].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Index terms of a text: every word, and for Chinese words of three or more
 * characters also their two-character pieces, so a query segmented
 * differently (智慧城市 vs 智慧 + 城市) still meets the text.
 */
export function indexTerms(text: string, lang: string): string[] {
  return words(text, lang).flatMap((word) => (HAN.test(word) && [...word].length > 2 ? [word, ...bigrams(word)] : [word]));
}

export function bigrams(word: string): string[] {
  const chars = [...word];
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
}

export const isHan = (word: string) => HAN.test(word);

/**
 * 智慧城市 → 智慧, 城市; 新加坡 → 新加, 加坡: two-character pieces that cover
 * a Chinese word. The index holds every pair of its long words, so a query
 * word the text cut differently still meets the text through its pieces.
 */
export function coverPairs(word: string): string[] {
  const chars = [...word];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) pairs.push(chars[i]! + chars[i + 1]!);
  if (chars.length % 2) pairs.push(chars.at(-2)! + chars.at(-1)!);
  return pairs;
}
