'use client';

import { useCallback, useSyncExternalStore } from 'react';

// Writes through `write` tell the readers; back/forward tells them through popstate.
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * One URL search parameter as state, so a search can be shared and survives
 * back/forward. Undefined on the server and while hydrating (the page is
 * prerendered without it), then read from the address. Writing replaces the
 * history entry (typing must not fill the back button).
 */
export function useQueryParam(name: string): [string | undefined, (value: string) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get(name) ?? '',
    () => undefined,
  );

  const write = useCallback(
    (next: string) => {
      const url = new URL(window.location.href);
      if (next) url.searchParams.set(name, next);
      else url.searchParams.delete(name);
      window.history.replaceState(window.history.state, '', url);
      for (const listener of listeners) listener();
    },
    [name],
  );

  return [value, write];
}
