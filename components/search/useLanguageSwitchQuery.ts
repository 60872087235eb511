'use client';

import { useEffect } from 'react';

/** The header's links to this page in the other languages (components/layout/LanguageSwitch.tsx). */
const SWITCH = 'a[data-language-switch]';

/**
 * The language switch keeps the reader's query: its links (plain `<a>`,
 * components/ui/SiteLink.tsx) get the same `?name=value` as the page.
 */
export function useLanguageSwitchQuery(name: string, value: string | undefined) {
  useEffect(() => {
    if (value === undefined) return;
    for (const link of document.querySelectorAll<HTMLAnchorElement>(SWITCH)) {
      const url = new URL(link.href);
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
      link.setAttribute('href', url.pathname + url.search + url.hash);
    }
  }, [name, value]);
}
