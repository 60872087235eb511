import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { feedFormats, feedPaths } from '@/lib/feeds';

type Props = {
  locale: Locale;
  /** Locale-free path the feed files sit under (`/`, or a topic's path). */
  basePath: string;
  /** Accessible name of the group of links. */
  label: string;
};

/** Links to a listing's RSS, Atom and JSON feeds (plain <a>: feeds are files, not pages). */
export async function FeedLinks({ locale, basePath, label }: Props) {
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="flex flex-wrap gap-4 text-sm">
        {feedFormats.map((format) => (
          <li key={format}>
            <a href={`/${locale}${basePath}${feedPaths[format]}`} className="text-link underline underline-offset-4">
              {t(format)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
