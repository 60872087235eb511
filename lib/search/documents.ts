import type { Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';

/** What a locale's search index is built from (the body text is read from each record, known here by its hash). */
export function searchDocuments(model: SiteModel, locale: Locale) {
  return model.releases(locale).map((release) => ({
    slug: release.slug,
    title: release.title,
    day: release.published.day,
    summary: release.summary,
    bodyHash: release.bodyHash,
  }));
}
