/**
 * Line breaking for Open Graph cards. Satori does not break Chinese lines by
 * itself (there are no spaces), so titles are cut into lines here: at word
 * segments (Intl.Segmenter) for Chinese, at spaces for English, with
 * punctuation kept off line starts, and clipped with an ellipsis after
 * `maxLines`. Widths are estimated in em from character classes,
 * erring wide, so a line never overflows the card.
 */

export type WrapOptions = {
  /** Available width in em of the title font. */
  maxWidth: number;
  maxLines: number;
  /** BCP 47 tag for the segmenter. */
  lang: string;
};

const ELLIPSIS = '…';
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const NARROW = /[ilIj.,:;'’|!()[\]{}\-\s]/;
/** Characters that must not start a line (closing punctuation, CJK and Latin). */
const NO_LINE_START = /^[\p{Pe}\p{Pf}\p{Po}]+$/u;
/** Characters that must not end a line (opening brackets and quotes). */
const NO_LINE_END = /^[\p{Ps}\p{Pi}]+$/u;

/** Estimated advance of one character in em (Noto Sans SC Bold, rounded up). */
export function charWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (NARROW.test(char)) return 0.34;
  if (/[A-Z0-9mwMW@%&#]/.test(char)) return 0.72;
  return 0.6;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Break opportunities: CJK words and Latin words (with their trailing spaces). */
function tokens(text: string, lang: string): string[] {
  const segments = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.segment);
  const merged: string[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    const glueToPrevious =
      previous !== undefined &&
      (NO_LINE_START.test(segment) ||
        NO_LINE_END.test(previous) ||
        /^\s+$/.test(segment) ||
        // Latin words only break at spaces: "AI-driven", "14th", "MOU's" stay whole.
        (!/\s$/.test(previous) && !WIDE.test(previous.at(-1)!) && !WIDE.test(segment[0]!)));
    if (glueToPrevious) merged[merged.length - 1] = previous + segment;
    else merged.push(segment);
  }
  return merged;
}

/** Splits a token that is wider than a whole line into line-sized pieces. */
function splitLong(token: string, maxWidth: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of token) {
    if (current && textWidth(current + char) > maxWidth) {
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  return current ? [...pieces, current] : pieces;
}

export function wrapTitle(title: string, { maxWidth, maxLines, lang }: WrapOptions): string[] {
  const text = title.replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  let current = '';
  for (const token of tokens(text, lang).flatMap((t) => (textWidth(t.trimEnd()) > maxWidth ? splitLong(t, maxWidth) : [t]))) {
    if (current && textWidth((current + token).trimEnd()) > maxWidth) {
      lines.push(current.trimEnd());
      current = token.trimStart();
    } else {
      current += token;
    }
  }
  if (current.trim()) lines.push(current.trimEnd());
  if (lines.length <= maxLines) return lines;

  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(last + ELLIPSIS) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = last.replace(/[\s\p{P}]+$/u, '') + ELLIPSIS;
  return kept;
}
