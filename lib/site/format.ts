import { createFormatter } from 'next-intl';
import { localeConfig, type Locale } from '../../i18n/locales';

const formatters = new Map<Locale, ReturnType<typeof createFormatter>>();

function formatterFor(locale: Locale) {
  let formatter = formatters.get(locale);
  if (!formatter) {
    // The Intl tag, not the URL key: `en-SG` writes "14 December 2023". Days are
    // already in the site's time zone (lib/content/moment.ts), so they are
    // formatted as UTC calendar values: no server time zone can move them.
    // next-intl types `locale` as the app's URL locales; Intl accepts any BCP 47 tag.
    formatter = createFormatter({ locale: localeConfig[locale].intl as Locale, timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

const at = (day: string, time = '00:00') => new Date(`${day}T${time}:00Z`);

/** "14 December 2023" / "2023年12月14日". */
export function formatDay(day: string, locale: Locale): string {
  return formatterFor(locale).dateTime(at(day), { year: 'numeric', month: 'long', day: 'numeric' });
}

/** "3:30 pm" / "下午3:30". */
export function formatTime(time: string, locale: Locale): string {
  return formatterFor(locale).dateTime(at('2000-01-01', time), { hour: 'numeric', minute: '2-digit' });
}

/** "MCI and IMDA" / "通讯及新闻部和资讯通信媒体发展局". */
export function formatList(items: string[], locale: Locale): string {
  return formatterFor(locale).list(items, { type: 'conjunction' });
}

/** "240 kB" / "1.2 MB": a file size for readers. */
export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  return formatterFor(locale).number(value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}
