'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** What the error boundary shows, translated on the server (messages/*.json, `Error`). */
export type ErrorMessages = { title: string; description: string; retry: string; home: string; homeHref: string };

const Context = createContext<ErrorMessages | null>(null);

/**
 * Hands the client error boundary its few strings. Not next-intl's client
 * provider: that brings its message formatter to every page (12 kB gzipped),
 * and nothing else on most pages runs in the browser.
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children: ReactNode }) {
  return <Context.Provider value={messages}>{children}</Context.Provider>;
}

export function useErrorMessages(): ErrorMessages {
  const messages = useContext(Context);
  if (!messages) throw new Error('useErrorMessages needs ErrorMessagesProvider (app/[locale]/layout.tsx)');
  return messages;
}
