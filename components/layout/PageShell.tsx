import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';
import { SiteHeader } from './SiteHeader';
import { MAIN_ID } from './SkipLink';

type Props = {
  locale: Locale;
  /** Locale-free path of the page, for the language switch. */
  path: string;
  /** Per-language switch targets where this page does not exist at the same path. */
  switchPaths?: Partial<Record<Locale, string>>;
  children: ReactNode;
};

/** Header and the one `<main>` of every page; the page knows its own path. */
export function PageShell({ locale, path, switchPaths, children }: Props) {
  return (
    <>
      <SiteHeader locale={locale} path={path} switchPaths={switchPaths} />
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
