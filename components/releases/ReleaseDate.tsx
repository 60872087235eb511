import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatDay, formatTime } from '@/lib/site/format';

type Props = {
  day: string;
  /** `HH:MM` in the site's time zone, when the CMS gave a time of issue. */
  time?: string;
  /** ISO 8601 instant, when known (machine-readable `datetime`). */
  iso?: string;
  /** The language to write it in, when not the page's (a column of the side-by-side view). */
  locale?: Locale;
};

/** `<time>` with the machine-readable moment and the date written for the reader. */
export async function ReleaseDate({ day, time, iso, locale: given }: Props) {
  const locale = given ?? ((await getLocale()) as Locale);
  const t = await getTranslations({ locale, namespace: 'Release' });
  const date = formatDay(day, locale);
  return <time dateTime={time && iso ? iso : day}>{time ? t('dateTime', { date, time: formatTime(time, locale) }) : date}</time>;
}
