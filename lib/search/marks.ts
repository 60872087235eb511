/**
 * Why a result matched: the query's words marked in a title, a summary, or
 * a snippet of the body around the first match. Marks cover whole words as
 * the shared tokenizer cuts them ("shenz" marks "Shenzhen"; 深圳 marks the
 * word 深圳市 it sits in), found the way the index finds them: Latin words by
 * prefix, Chinese words anywhere in the text, or by their two-character
 * pieces when the text cut them differently.
 */
import { coverPairs, isHan, normalize, segmenter, words } from './tokenize';

export type Part = { text: string; match: boolean };

type Segment = { start: number; end: number; width: number; folded: string; word: boolean };

const ELLIPSIS = '…';
/** Characters that take two columns: a snippet's reach counts them double, so Chinese snippets are as wide as English ones. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Not worth starting or ending a snippet on. */
const LEADING_JUNK = /^[\s,.;:!?，。；：！？、)）」』”’]+$/u;
const TRAILING_JUNK = /^[\s(（「『“‘]+$/u;
const SENTENCE_END = /[.!?。！？]$/u;

const widthOf = (text: string) => [...text].reduce((width, char) => width + (WIDE.test(char) ? 2 : 1), 0);

/** The text's segments and, per segment, whether it belongs to a match. Positions are in the original text (no NFKC length drift). */
function markSegments(text: string, query: string, lang: string): { segments: Segment[]; marked: boolean[] } {
  const segments: Segment[] = [];
  for (const s of segmenter(lang).segment(text)) {
    segments.push({ start: s.index, end: s.index + s.segment.length, width: widthOf(s.segment), folded: normalize(s.segment), word: Boolean(s.isWordLike) });
  }
  const marked = segments.map(() => false);
  const needles = [...new Set(words(query, lang))];
  const latin = needles.filter((needle) => !isHan(needle));
  const han = needles.filter(isHan);

  segments.forEach((segment, i) => {
    if (segment.word && latin.some((needle) => segment.folded.startsWith(needle))) marked[i] = true;
  });

  if (han.length) {
    // Chinese: find the needle in the folded text, then mark every word it touches, so a mark never cuts a word.
    const starts: number[] = [];
    let folded = '';
    for (const segment of segments) {
      starts.push(folded.length);
      folded += segment.folded;
    }
    const segmentAt = (offset: number) => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return low;
    };
    const markAll = (needle: string) => {
      let found = false;
      for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
        found = true;
        for (let i = segmentAt(at); i < segments.length && starts[i]! < at + needle.length; i += 1) {
          if (segments[i]!.word) marked[i] = true;
        }
      }
      return found;
    };
    for (const needle of han) {
      if (!markAll(needle) && [...needle].length > 2) coverPairs(needle).forEach(markAll);
    }
  }
  return { segments, marked };
}

/** Segments `from`..`to` (exclusive) as plain and marked parts; neighbouring marked words make one mark (智慧 + 城市). */
function partsOf(text: string, segments: Segment[], marked: boolean[], from: number, to: number): Part[] {
  const parts: Part[] = [];
  for (let i = from; i < to; i += 1) {
    const piece = text.slice(segments[i]!.start, segments[i]!.end);
    const last = parts.at(-1);
    if (last && last.match === marked[i]) last.text += piece;
    else parts.push({ text: piece, match: marked[i]! });
  }
  return parts;
}

/** The whole text in plain and marked parts, for `<mark>`. */
export function highlight(text: string, query: string, lang: string): Part[] {
  const { segments, marked } = markSegments(text, query, lang);
  return partsOf(text, segments, marked, 0, segments.length);
}

/**
 * The body around its FIRST match: about `reach` columns either side, cut
 * between words, with "…" where text was left out. Undefined when the query
 * does not occur in the text (the caller shows the summary instead).
 */
export function snippet(text: string, query: string, lang: string, reach = 80): Part[] | undefined {
  const { segments, marked } = markSegments(text, query, lang);
  const first = marked.indexOf(true);
  if (first < 0) return undefined;
  let last = first;
  while (marked[last + 1]) last += 1;

  let from = first;
  for (let budget = reach; from > 0 && segments[from - 1]!.width <= budget; from -= 1) budget -= segments[from - 1]!.width;
  let to = last + 1;
  for (let budget = reach; to < segments.length && segments[to]!.width <= budget; to += 1) budget -= segments[to]!.width;
  // Cut only where a reader sees a break: at white space, or beside Chinese (no spaces there). "new-|generation" is no break.
  const edge = (i: number) => segments[i]!.folded;
  const breakable = (i: number) => /\s/u.test(edge(i - 1).at(-1)! + edge(i)[0]!) || WIDE.test(text[segments[i - 1]!.end - 1]! + text[segments[i]!.start]!);
  while (from < first && from > 0 && !breakable(from)) from += 1;
  while (to > last + 1 && to < segments.length && !breakable(to)) to -= 1;
  while (from < first && LEADING_JUNK.test(segments[from]!.folded)) from += 1;
  while (to > last + 1 && TRAILING_JUNK.test(segments[to - 1]!.folded)) to -= 1;

  const parts = partsOf(text, segments, marked, from, to);
  if (from > 0) parts.unshift({ text: ELLIPSIS, match: false });
  // A snippet that ends a sentence needs no "…" ("outcomes.…" reads as a typo).
  if (to < segments.length && !SENTENCE_END.test(text.slice(segments[to - 1]!.start, segments[to - 1]!.end))) {
    parts.push({ text: ELLIPSIS, match: false });
  }
  return parts;
}

/** The parts' text, for tests and labels. */
export const plain = (parts: readonly Part[]) => parts.map((part) => part.text).join('');
