'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '@/i18n/locales';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { useBodyTexts } from './useBodyTexts';
import { useLanguageSwitchQuery } from './useLanguageSwitchQuery';
import { useQueryParam } from './useQueryParam';
import { useSearch, type SearchState } from './useSearch';
import { useSearchIndex } from './useSearchIndex';

/** Results shown at a time: each may need a shard of body texts for its snippet. */
const PAGE_SIZE = 10;

/**
 * Search as you type over a prebuilt index (lib/search). The query lives in
 * `?q=` so a search can be shared, and follows the reader to the other
 * language; the outcome is announced in a polite live region.
 */
export function SearchPanel() {
  const t = useTranslations('Search');
  const locale = useLocale() as Locale;
  const { warm, find } = useSearchIndex(locale);
  const { run, status, found } = useSearch(find);
  const [query, setQuery] = useQueryParam('q');
  useLanguageSwitchQuery('q', query);

  // The query the page opened with (a shared link, the header's search box): shown in the box and searched at once.
  // Kept apart from `query`, which follows the reader's typing: feeding that back would trim the box mid-word.
  // Derived during render, once: the first value the address gives.
  const [initial, setInitial] = useState<string>();
  if (initial === undefined && query !== undefined) setInitial(query);
  useEffect(() => {
    if (initial) void run(initial);
  }, [initial, run]);

  // A new answer starts at its first page (state derived during render: no flash of the old page size).
  const [paging, setPaging] = useState({ found, shown: PAGE_SIZE });
  if (paging.found !== found) setPaging({ found, shown: PAGE_SIZE });
  const shown = paging.found === found ? paging.shown : PAGE_SIZE;
  const hits = found?.hits.slice(0, shown) ?? [];
  const texts = useBodyTexts(found?.locale, hits);

  // "Show more" moves focus to the first new result, so keyboard readers continue where they were.
  const list = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number>(undefined);
  useEffect(() => {
    if (firstNew.current === undefined) return;
    list.current?.querySelectorAll('a')[firstNew.current]?.focus();
    firstNew.current = undefined;
  }, [shown]);

  const language = (of: Locale) => t('language', { locale: of });
  const count = found?.hits.length ?? 0;
  return (
    <div>
      <SearchForm
        label={t('label')}
        button={t('button')}
        initial={initial}
        onFocus={warm}
        onQuery={(value) => {
          setQuery(value);
          void run(value);
        }}
      />
      <p role="status" aria-live="polite" className="mt-4 text-muted">
        {statusText(t, { status, found }, locale, language)}
      </p>
      {found && count > 0 && (
        <>
          <SearchResults
            listRef={list}
            hits={hits}
            query={found.query}
            locale={found.locale}
            pageLocale={locale}
            texts={texts}
            label={found.locale === locale ? t('results', { count, query: found.query }) : t('resultsIn', { count, language: language(found.locale) })}
          />
          {count > shown && (
            <button
              type="button"
              onClick={() => {
                firstNew.current = shown;
                setPaging({ found, shown: shown + PAGE_SIZE });
              }}
              className="mt-2 rounded border border-muted px-4 py-2 font-medium"
            >
              {t('more', { count: count - shown })}
            </button>
          )}
        </>
      )}
    </div>
  );
}

function statusText(t: ReturnType<typeof useTranslations<'Search'>>, { status, found }: SearchState, locale: Locale, language: (of: Locale) => string): string {
  if (status === 'error') return t('error');
  if (status === 'loading') return t('loading');
  if (!found) return t('prompt');
  const { query, hits } = found;
  if (!hits.length) return t('none', { query });
  if (found.locale === locale) return t('results', { count: hits.length, query });
  return t('elsewhere', { query, count: hits.length, here: language(locale), there: language(found.locale) });
}
