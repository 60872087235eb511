import { createFormatter } from 'next-intl';
import { localeConfig, type Locale } from '../i18n/locales';

const formatters = new Map<Locale, ReturnType<typeof createFormatter>>();

function formatterFor(locale: Locale) {
  let formatter = formatters.get(locale);
  if (!formatter) {
    // The Intl tag, not the URL key: `en-SG` writes "14 December 2023".
    // next-intl types `locale` as the app's URL locales; Intl accepts any BCP 47 tag.
    formatter = createFormatter({ locale: localeConfig[locale].intl as Locale, timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** A `YYYY-MM-DD` day as UTC midnight, so no time zone can move it. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "14 December 2023" / "2023年12月14日". */
export function formatDay(day: string, locale: Locale): string {
  return formatterFor(locale).dateTime(dayToDate(day), { year: 'numeric', month: 'long', day: 'numeric' });
}
