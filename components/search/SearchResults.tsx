import { useMemo, type Ref } from 'react';
import { localeConfig, type Locale } from '@/i18n/locales';
import { highlight, snippet } from '@/lib/search/marks';
import type { SearchHit } from '@/lib/search/query';
import { localePath, routes } from '@/lib/routes/paths';
import { formatDay } from '@/lib/site/format';
import { textKey, type BodyTexts } from './useBodyTexts';
import { Marked } from './Marked';

type Props = {
  hits: readonly SearchHit[];
  query: string;
  /** The language of these results; when it is not the page's, titles and snippets say so (`lang`, `hreflang`). */
  locale: Locale;
  pageLocale: Locale;
  texts: BodyTexts;
  label: string;
  listRef?: Ref<HTMLOListElement>;
};

/** The results on screen, each with its title and why it matched: the body around the first match, or the summary. */
export function SearchResults({ hits, query, locale, pageLocale, texts, label, listRef }: Props) {
  const lang = localeConfig[locale].tag;
  const foreign = locale !== pageLocale ? lang : undefined;
  return (
    <ol ref={listRef} className="mt-4 divide-y divide-line" aria-label={label}>
      {hits.map((hit) => (
        <li key={hit.slug} className="py-4">
          <Result
            hit={hit}
            query={query}
            lang={lang}
            foreign={foreign}
            href={localePath(locale, routes.release(hit.slug))}
            dateLocale={pageLocale}
            text={texts.get(textKey(locale, hit.slug))}
          />
        </li>
      ))}
    </ol>
  );
}

type ResultProps = { hit: SearchHit; query: string; lang: string; foreign?: string; href: string; dateLocale: Locale; text?: string };

function Result({ hit, query, lang, foreign, href, dateLocale, text }: ResultProps) {
  const title = useMemo(() => highlight(hit.title, query, lang), [hit.title, query, lang]);
  // The summary only when the body did not match (a title-only hit) or its text has not arrived.
  const excerpt = useMemo(() => (text && snippet(text, query, lang)) || highlight(hit.summary, query, lang), [text, hit.summary, query, lang]);
  return (
    <article>
      <h2 className="text-lg font-semibold">
        <a href={href} lang={foreign} hrefLang={foreign} className="text-link underline-offset-4 hover:underline">
          <Marked parts={title} />
        </a>
      </h2>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={hit.date}>{formatDay(hit.date, dateLocale)}</time>
      </p>
      <p className="mt-2" lang={foreign}>
        <Marked parts={excerpt} />
      </p>
    </article>
  );
}
