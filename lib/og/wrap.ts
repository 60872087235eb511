import { breakUnits } from '../site/line-breaks';

/**
 * Line breaking for Open Graph cards. Satori does not break Chinese lines by
 * itself (there are no spaces), so titles are cut into lines here: between
 * words (Intl.Segmenter) in Chinese, at spaces in English, with punctuation
 * kept off line starts, clipped with an ellipsis after `maxLines`. Widths
 * come from the card font's own glyph advances (lib/og/font.ts).
 */

export type WrapOptions = {
  /** Available width, in the unit `measure` returns. */
  maxWidth: number;
  maxLines: number;
  /** BCP 47 tag for the segmenter. */
  lang: string;
  /** Width of a run of text as the card font draws it. */
  measure: (text: string) => number;
};

const ELLIPSIS = '…';

/** Splits a unit that is wider than a whole line into line-sized pieces. */
function splitLong(unit: string, { maxWidth, measure }: WrapOptions): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of unit) {
    if (current && measure(current + char) > maxWidth) {
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  return current ? [...pieces, current] : pieces;
}

export function wrapTitle(title: string, options: WrapOptions): string[] {
  const { maxWidth, maxLines, lang, measure } = options;
  const text = title.replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  let current = '';
  for (const unit of breakUnits(text, lang).flatMap((u) => (measure(u.trimEnd()) > maxWidth ? splitLong(u, options) : [u]))) {
    if (current && measure((current + unit).trimEnd()) > maxWidth) {
      lines.push(current.trimEnd());
      current = unit.trimStart();
    } else {
      current += unit;
    }
  }
  if (current.trim()) lines.push(current.trimEnd());
  if (lines.length <= maxLines) return lines;

  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(last + ELLIPSIS) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = last.replace(/[\s\p{P}]+$/u, '') + ELLIPSIS;
  return kept;
}
