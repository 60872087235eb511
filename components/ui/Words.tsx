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
  const units = breakUnits(text.replace(/\s+/g, ' ').trim(), lang);
  return (
    <span className="break-keep [overflow-wrap:anywhere]" lang={markLang ? lang : undefined}>
      {units.map((unit, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {unit}
        </Fragment>
      ))}
    </span>
  );
}
