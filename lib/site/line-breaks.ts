/**
 * Where a line may break in a title. Chinese has no spaces, and a browser
 * or satori left alone breaks between any two characters, splitting words
 * (智慧城 / 市). `breakUnits` cuts text into the pieces that must stay whole:
 * Chinese words (Intl.Segmenter, at build time), Latin words with their
 * trailing space, punctuation glued to its neighbour. The Open Graph cards
 * break lines between these units, and headings put a `<wbr>` between them
 * under `word-break: keep-all` (components/ui/Headline.tsx).
 */

/** Characters of scripts written without spaces between words (CJK), and full-width forms. */
export const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Characters that must not start a line (closing punctuation, CJK and Latin). */
const NO_LINE_START = /^[\p{Pe}\p{Pf}\p{Po}]+$/u;
/** Characters that must not end a line (opening brackets and quotes). */
const NO_LINE_END = /^[\p{Ps}\p{Pi}]+$/u;

// A segmenter loads its dictionary when made: one per language, not one per title.
const segmenters = new Map<string, Intl.Segmenter>();
const segmenter = (lang: string) => {
  let found = segmenters.get(lang);
  if (!found) segmenters.set(lang, (found = new Intl.Segmenter(lang, { granularity: 'word' })));
  return found;
};

/** Break opportunities: CJK words and Latin words (with their trailing spaces). */
export function breakUnits(text: string, lang: string): string[] {
  const segments = [...segmenter(lang).segment(text)].map((s) => s.segment);
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
