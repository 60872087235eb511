'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';

const DEBOUNCE_MS = 150;

type Props = {
  label: string;
  button: string;
  /** The query the page opened with (`?q=`); undefined until it is known. */
  initial: string | undefined;
  /** Called with the trimmed query: as the reader types (debounced), at once on submit. */
  onQuery: (query: string) => void;
  /** The reader is about to search: a chance to fetch the index. */
  onFocus: () => void;
};

/**
 * The page's one search landmark: a labelled form whose input searches as
 * the reader types. While an input method composes (pinyin, zhuyin), the
 * half-typed letters are not searched: only the composed text is.
 */
export function SearchForm({ label, button, initial, onQuery, onFocus }: Props) {
  const [value, setValue] = useState('');
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The opening query fills the box once it is known (state adjusted during render, not in an effect).
  const [filledFrom, setFilledFrom] = useState(initial);
  if (initial !== filledFrom) {
    setFilledFrom(initial);
    if (initial) setValue(initial);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  const schedule = (text: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onQuery(text.trim()), DEBOUNCE_MS);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clearTimeout(timer.current);
    onQuery(value.trim());
  };

  return (
    <form role="search" aria-label={label} onSubmit={submit} className="mt-6 flex flex-wrap gap-2">
      <label htmlFor="search-input" className="w-full font-medium">
        {label}
      </label>
      <input
        id="search-input"
        type="search"
        name="q"
        value={value}
        autoComplete="off"
        onFocus={onFocus}
        onChange={(event) => {
          setValue(event.target.value);
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
        {button}
      </button>
    </form>
  );
}
