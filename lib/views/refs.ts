import type { Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import type { ZonedMoment } from '../content/moment';
import type { ReleaseMeta } from '../content/record';

/** A release as a link: enough to name it and date it. */
export type ReleaseRef = { locale: Locale; slug: string; title: string; day: string };

/** A release as a list shows it. */
export type ReleaseCard = ReleaseRef & {
  time?: string;
  summary: string;
  /** The last update's day, when the release was corrected. */
  updated?: string;
  /** The only language it exists in, when it was not translated. */
  onlyIn?: Locale;
};

export const refOf = (release: ReleaseMeta): ReleaseRef => ({
  locale: release.locale,
  slug: release.slug,
  title: release.title,
  day: release.published.day,
});

export function cardOf(model: SiteModel, release: ReleaseMeta): ReleaseCard {
  const available = model.availableLocales(release);
  return {
    ...refOf(release),
    ...(release.published.time ? { time: release.published.time } : {}),
    summary: release.summary,
    ...(release.updated ? { updated: release.updated.day } : {}),
    ...(available.length === 1 ? { onlyIn: release.locale } : {}),
  };
}

/** When a release last changed: its latest update, else its publication. */
export const lastChange = (release: ReleaseMeta): ZonedMoment => release.updated ?? release.published;

/** The latest of some moments. */
export const latest = (moments: ZonedMoment[]): ZonedMoment | undefined =>
  moments.reduce<ZonedMoment | undefined>((best, moment) => (!best || Date.parse(moment.iso) > Date.parse(best.iso) ? moment : best), undefined);
