import { defaultLocale, localeConfig, type Locale } from '../../i18n/locales';
import type { Attachment } from '../content/body';
import type { SiteModel } from '../content/model';
import type { ZonedMoment } from '../content/moment';
import type { ReleaseMeta } from '../content/record';
import { lastChange, latest, refOf, type ReleaseRef } from './refs';

export type AttachmentView = Attachment & { /** BCP 47 tag of the document's language. */ lang: string };

/** The other version was updated after this one last changed: this translation may lag behind. */
export type Staleness = { locale: Locale; slug: string; updated: ZonedMoment; note: string };

export type ReleaseView =
  | {
      kind: 'release';
      release: ReleaseMeta;
      /** Languages this release exists in, its own included. */
      available: Locale[];
      translations: ReleaseRef[];
      stale?: Staleness;
      neighbours: { newer?: ReleaseRef; older?: ReleaseRef };
      related: ReleaseRef[];
      attachments: AttachmentView[];
      lastUpdated: ZonedMoment;
    }
  | { kind: 'notTranslated'; locale: Locale; slug: string; original: ReleaseRef };

/**
 * When the other language's version was updated after this one last changed
 * (either way round), this one may not include the change.
 */
export function staleness(model: SiteModel, release: ReleaseMeta): Staleness | undefined {
  const mine = (release.updated ?? release.published).iso;
  for (const locale of model.availableLocales(release)) {
    const other = model.translation(release, locale);
    if (!other || locale === release.locale || !other.updated) continue;
    if (Date.parse(other.updated.iso) > Date.parse(mine)) {
      return { locale, slug: other.slug, updated: other.updated, note: other.changes[0]?.note ?? '' };
    }
  }
  return undefined;
}

/**
 * The language of each linked document: what an author said (`hreflang`, in any version),
 * else, when every version of the release links the same file, the language
 * the agency writes in first (translations link the original's annex), else
 * the release's own.
 */
function attachmentLanguages(model: SiteModel, release: ReleaseMeta): AttachmentView[] {
  const others = model
    .availableLocales(release)
    .filter((locale) => locale !== release.locale)
    .map((locale) => model.translation(release, locale)!);
  const original = model.translation(release, defaultLocale) ?? release;
  return release.attachments.map((attachment) => {
    const shared = others.length > 0 && others.every((other) => other.attachments.some((a) => a.url === attachment.url));
    const locale = shared ? original.locale : release.locale;
    // What another version's author said of the same file counts too: the English release marks the
    // Chinese annex `hreflang="zh-Hans"`, the Chinese one links it plainly (it is in the page's language),
    // and without this the Chinese page labelled its own annex "英文".
    const said = attachment.hreflang ?? others.flatMap((other) => other.attachments).find((a) => a.url === attachment.url && a.hreflang)?.hreflang;
    return { ...attachment, lang: said ?? localeConfig[locale].tag };
  });
}

export function releaseView(model: SiteModel, locale: Locale, slug: string): ReleaseView | undefined {
  const release = model.release(locale, slug);
  if (!release) {
    const original = model.anyLocale(slug);
    return original ? { kind: 'notTranslated', locale, slug, original: refOf(original) } : undefined;
  }
  const available = model.availableLocales(release);
  const { newer, older } = model.neighbours(release);
  const stale = staleness(model, release);
  return {
    kind: 'release',
    release,
    available,
    translations: available.filter((other) => other !== locale).map((other) => refOf(model.translation(release, other)!)),
    ...(stale ? { stale } : {}),
    neighbours: { ...(newer ? { newer: refOf(newer) } : {}), ...(older ? { older: refOf(older) } : {}) },
    related: model.related(release).map(refOf),
    attachments: attachmentLanguages(model, release),
    lastUpdated: lastChange(release),
  };
}

/** Both languages of a release, for the side-by-side page (only when every language exists). */
export function bilingualView(model: SiteModel, slug: string) {
  const versions = model.locales.map((locale) => model.release(locale, slug));
  if (versions.some((version) => !version)) return undefined;
  const releases = versions as ReleaseMeta[];
  return { slug, releases, lastUpdated: latest(releases.map(lastChange))! };
}
