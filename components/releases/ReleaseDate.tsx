import type { Locale } from '@/i18n/locales';
import { formatDay } from '@/lib/format';

/** `<time>` with the machine-readable day and the day written for the reader. */
export function ReleaseDate({ day, locale }: { day: string; locale: Locale }) {
  return <time dateTime={day}>{formatDay(day, locale)}</time>;
}
