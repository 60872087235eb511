'use client';

import { useCallback, useEffect, useState } from 'react';

/**
 * One URL search parameter as state, so a search can be shared and survives
 * back/forward. Undefined until read: the page is prerendered without it,
 * so it is read after hydration. Writing replaces the history entry (typing
 * must not fill the back button).
 */
export function useQueryParam(name: string): [string | undefined, (value: string) => void] {
  const [value, setValue] = useState<string>();

  useEffect(() => setValue(new URLSearchParams(window.location.search).get(name) ?? ''), [name]);

  const write = useCallback(
    (next: string) => {
      const url = new URL(window.location.href);
      if (next) url.searchParams.set(name, next);
      else url.searchParams.delete(name);
      window.history.replaceState(window.history.state, '', url);
      setValue(next);
    },
    [name],
  );

  return [value, write];
}
