'use client';

import { useCallback, useRef, useState } from 'react';
import type { Found } from './useSearchIndex';

export type SearchState = { status: 'idle' | 'loading' | 'ready' | 'error'; found?: Found };

/** Runs searches and keeps the answer to the LATEST one (an older search that resolves late is dropped). */
export function useSearch(find: (query: string) => Promise<Found>) {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);

  const run = useCallback(
    async (query: string) => {
      const ticket = ++latest.current;
      if (!query) {
        setState({ status: 'idle' });
        return;
      }
      // Once an index is loaded, searches are instant: keep the last answer on screen instead of flashing "loading".
      setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
      try {
        const found = await find(query);
        if (ticket === latest.current) setState({ status: 'ready', found });
      } catch {
        if (ticket === latest.current) setState({ status: 'error' });
      }
    },
    [find],
  );

  return { ...state, run };
}
