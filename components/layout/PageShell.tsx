import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';
import type { ZonedMoment } from '@/lib/content';
import { SiteFooter } from './SiteFooter';
import { SiteHeader, type Section } from './SiteHeader';
import { MAIN_ID } from './SkipLink';

type Props = {
  /** Locale-free path of the page, for the language switch. */
  path: string;
  /** Per-language switch targets where this page does not exist at the same path. */
  switchPaths?: Partial<Record<Locale, string>>;
  section?: Section;
  /** When what this page shows last changed (the footer says so). */
  lastUpdated?: ZonedMoment;
  children: ReactNode;
};

/** Header, the one `<main>` and the footer of every page; the page knows its own path. */
export function PageShell({ path, switchPaths, section, lastUpdated, children }: Props) {
  return (
    <>
      <SiteHeader path={path} switchPaths={switchPaths} section={section} />
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter lastUpdated={lastUpdated} />
    </>
  );
}
