import { getLocale } from 'next-intl/server';
import type { AnchorHTMLAttributes } from 'react';
import type { Locale } from '@/i18n/locales';
import { localePath } from '@/lib/routes/paths';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path of the site without its locale (`routes.*`). */
  href: string;
  /** The language to link to, when not the page's (the language switch). */
  locale?: Locale;
};

/**
 * A link to a page of the site: a plain `<a>`, its address built by the URL
 * map. Pages here are static documents: a full page load is cheap, nothing
 * is prefetched that the reader may never open, and no link adds client
 * code or a client reference to the page.
 */
export async function SiteLink({ href, locale, ...props }: Props) {
  return <a href={localePath(locale ?? ((await getLocale()) as Locale), href)} {...props} />;
}
