/** Views of the pages that are not a release or a listing: home, the topic index, search. */
import type { Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import type { Topic } from '../site/topics';
import type { ZonedMoment } from '../content/moment';
import { cardOf, lastChange, latest, type ReleaseCard } from './refs';

export const LATEST_ON_HOME = 6;
/** What the search page offers readers without JavaScript. */
export const LATEST_ON_SEARCH = 12;

export type HomeView = {
  locale: Locale;
  latest: ReleaseCard[];
  topics: readonly { topic: Topic; count: number }[];
  years: readonly { year: string; count: number }[];
  lastUpdated?: ZonedMoment;
};

export function homeView(model: SiteModel, locale: Locale): HomeView {
  const newest = model.releases(locale).slice(0, LATEST_ON_HOME);
  return {
    locale,
    latest: newest.map((release) => cardOf(model, release)),
    topics: model.topics(locale),
    years: model.years(locale),
    lastUpdated: latest(newest.map(lastChange)),
  };
}

export function topicsView(model: SiteModel, locale: Locale) {
  const topics = model.topics(locale);
  return {
    locale,
    topics,
    // No topic yet: the page offers what exists instead (every release, the years), not a dead end.
    years: topics.length ? [] : model.years(locale),
    lastUpdated: latest(model.releases(locale).slice(0, 1).map(lastChange)),
  };
}

export function searchPageView(model: SiteModel, locale: Locale) {
  const newest = model.releases(locale).slice(0, LATEST_ON_SEARCH);
  return { locale, latest: newest.map((release) => cardOf(model, release)), lastUpdated: latest(newest.map(lastChange)) };
}
