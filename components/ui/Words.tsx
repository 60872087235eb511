import { Fragment } from 'react';
import { breakUnits } from '@/lib/site/line-breaks';

type Props = {
  text: string;
  /** BCP 47 tag of the text (segmentation is per language). */
  lang: string;
  /** Set when the text's language differs from the page's. */
  markLang?: boolean;
};

/**
 * Text whose lines break only between words: `word-break: keep-all` forbids
 * breaks inside a run of Chinese characters, and a `<wbr>` between the words
 * found at build time (lib/site/line-breaks.ts) allows them there. A word
 * longer than a whole line may still wrap (overflow-wrap) rather than
 * overflow a phone's screen. For titles in headings and links.
 */
export function Words({ text, lang, markLang }: Props) {
  return (
    <span className="break-keep [overflow-wrap:anywhere]" lang={markLang ? lang : undefined}>
      {breakRuns(text, lang).map((run, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {run}
        </Fragment>
      ))}
    </span>
  );
}

/**
 * The text in runs that need a `<wbr>` between them: a space already lets a
 * line break, so English is one run (no markup, and the title stays findable
 * in the HTML as written); a Chinese title is one run per word.
 */
function breakRuns(text: string, lang: string): string[] {
  const runs: string[] = [];
  for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim(), lang)) {
    const previous = runs.at(-1);
    if (previous !== undefined && /\s$/.test(previous)) runs[runs.length - 1] = previous + unit;
    else runs.push(unit);
  }
  return runs;
}
