import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

/**
 * A moment as the CMS writes it: a calendar day (`2023-12-14`), a local time
 * on that day in the agency's time zone (`2023-12-14 15:30`), or an instant
 * with an explicit offset (`2023-12-14T15:30:00+08:00`).
 */
export type Moment = { day: string; time?: string; offset?: string };

/** A moment placed in the site's time zone: the day and time readers there see, and the instant. */
export type ZonedMoment = {
  /** `YYYY-MM-DD` in the site's time zone. */
  day: string;
  /** `HH:MM` in the site's time zone, when the CMS gave a time. */
  time?: string;
  /** ISO 8601 with the site's offset: `2023-12-14T00:00:00+08:00`. */
  iso: string;
};

const MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseMoment(text: string): Moment | undefined {
  const match = MOMENT.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const dayOfMonth = Number(d);
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) return undefined;
  const day = `${y}-${mo}-${d}`;
  if (h === undefined) return { day };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  return { day, time: `${h}:${mi}`, ...(offset ? { offset: offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') } : {}) };
}

/** Where a moment falls in the site's time zone. A bare day is midnight there, never UTC midnight. */
export function zoned(moment: Moment, timeZone: string): ZonedMoment {
  const local = `${moment.day}T${moment.time ?? '00:00'}:00`;
  const instant = moment.offset ? new Date(`${local}${moment.offset}`) : fromZonedTime(local, timeZone);
  const day = formatInTimeZone(instant, timeZone, 'yyyy-MM-dd');
  const time = moment.time ? formatInTimeZone(instant, timeZone, 'HH:mm') : undefined;
  return { day, ...(time ? { time } : {}), iso: formatInTimeZone(instant, timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX") };
}

/** Sort key of a zoned moment (later is greater). */
export const momentKey = (moment: ZonedMoment) => Date.parse(moment.iso);
