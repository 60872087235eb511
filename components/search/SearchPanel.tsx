'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { localeConfig } from '@/i18n/locales';
import { formatDay } from '@/lib/site/format';
import { localePath, routes } from '@/lib/routes/paths';
import { highlight, search, type SearchHit } from '@/lib/search/query';
import type { SearchIndex } from '@/lib/search/types';

const DEBOUNCE_MS = 150;

function Marked({ text, query, lang }: { text: string; query: string; lang: string }) {
  return (
    <>
      {highlight(text, query, lang).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}

/**
 * Search as you type over a prebuilt index. The index is fetched on first
 * use, not with the page. While an input method composes (pinyin), nothing
 * is searched; the query lives in `?q=` so a search can be shared.
 */
export function SearchPanel() {
  const t = useTranslations('Search');
  const locale = useLocale();
  const lang = localeConfig[locale].tag;
  const indexUrl = localePath(locale, routes.searchIndex());
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const index = useRef<Promise<SearchIndex> | null>(null);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const loadIndex = useCallback(() => {
    index.current ??= fetch(indexUrl).then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndex>;
    });
    return index.current;
  }, [indexUrl]);

  const run = useCallback(
    async (value: string) => {
      const url = new URL(window.location.href);
      if (value.trim()) url.searchParams.set('q', value.trim());
      else url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url);
      if (!value.trim()) {
        setSearched('');
        setHits([]);
        return;
      }
      setStatus((current) => (current === 'ready' ? current : 'loading'));
      try {
        const loaded = await loadIndex();
        setHits(search(loaded, value));
        setSearched(value.trim());
        setStatus('ready');
      } catch {
        setStatus('error');
      }
    },
    [loadIndex],
  );

  const schedule = (value: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(value), DEBOUNCE_MS);
  };

  // A shared link (`?q=…`) or the header's search box: search at once.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    if (initial) {
      setQuery(initial);
      void run(initial);
    }
    return () => clearTimeout(timer.current);
  }, [run]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clearTimeout(timer.current);
    void run(query);
  };

  return (
    <div>
      <form role="search" onSubmit={submit} className="mt-6 flex flex-wrap gap-2">
        <label htmlFor="search-input" className="w-full font-medium">
          {t('label')}
        </label>
        <input
          id="search-input"
          type="search"
          name="q"
          value={query}
          autoComplete="off"
          onFocus={() => void loadIndex().catch(() => setStatus('error'))}
          onChange={(event) => {
            setQuery(event.target.value);
            if (!composing.current) schedule(event.target.value);
          }}
          onCompositionStart={() => {
            composing.current = true;
            clearTimeout(timer.current);
          }}
          onCompositionEnd={(event) => {
            composing.current = false;
            schedule(event.currentTarget.value);
          }}
          className="min-w-0 flex-1 rounded border border-muted bg-surface px-3 py-2 text-lg"
        />
        <button type="submit" className="rounded bg-link px-4 py-2 font-medium text-canvas">
          {t('button')}
        </button>
      </form>
      <p role="status" aria-live="polite" className="mt-4 text-muted">
        {status === 'error'
          ? t('error')
          : status === 'loading'
            ? t('loading')
            : searched
              ? hits.length
                ? t('results', { count: hits.length, query: searched })
                : t('none', { query: searched })
              : t('prompt')}
      </p>
      {hits.length > 0 && (
        <ol className="mt-4 divide-y divide-line" aria-label={t('results', { count: hits.length, query: searched })}>
          {hits.map((hit) => (
            <li key={hit.slug} className="py-4">
              <article>
                <h2 className="text-lg font-semibold">
                  <a href={localePath(locale, routes.release(hit.slug))} className="text-link underline-offset-4 hover:underline">
                    <Marked text={hit.title} query={searched} lang={lang} />
                  </a>
                </h2>
                <p className="mt-1 text-sm text-muted">
                  <time dateTime={hit.date}>{formatDay(hit.date, locale)}</time>
                </p>
                <p className="mt-2">
                  <Marked text={hit.snippet} query={searched} lang={lang} />
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
