import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { feedFormats, localePath, routes } from '@/lib/routes/paths';

type Props = {
  /** A topic's feeds, or the site's. */
  topic?: string;
  /** Accessible name of the group of links. */
  label: string;
};

/** Links to a listing's RSS, Atom and JSON feeds (plain <a>: feeds are files, not pages). */
export async function FeedLinks({ topic, label }: Props) {
  const t = await getTranslations('Feeds');
  const locale = (await getLocale()) as Locale;
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="flex flex-wrap gap-4 text-sm">
        {feedFormats.map((format) => (
          <li key={format}>
            <a href={localePath(locale, routes.feed(format, topic))} className="link">
              {t(format)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
