import type { Locale } from '../../i18n/locales';
import type { IssuerKey } from '../site/agency';
import type { Topic } from '../site/topics';
import type { Attachment, Block } from './body';
import type { ZonedMoment } from './moment';

/** A change to a release after publication, in the site's time zone. */
export type ChangeNote = { at: ZonedMoment; note: string };

/**
 * One release in one language, as the portal uses it: front matter checked
 * and typed, derived fields computed, body cleaned. Built by the one reader
 * (lib/content/read.ts) and stored in the content store.
 */
export type ReleaseRecord = {
  locale: Locale;
  /** The permalink's last segment: `/{locale}/media-centre/press-releases/{slug}/`. */
  slug: string;
  /** The path on the agency's previous site; a translation pair shares it. */
  permalink: string;
  title: string;
  /** Never empty: the description, or when it is missing or repeats the title, the body's first paragraph. */
  summary: string;
  published: ZonedMoment;
  /** The latest update, when the release was corrected after publication. */
  updated?: ZonedMoment;
  /** Every update with what changed, newest first. */
  changes: ChangeNote[];
  /** A site-relative image in public/ (front matter `image`). */
  image?: string;
  topics: Topic[];
  /** Who issued it (front matter `issuers`, else the agency). */
  issuers: IssuerKey[];
  /** Sanitized body HTML. */
  html: string;
  /** Plain text of the body (search). */
  text: string;
  blocks: Block[];
  attachments: Attachment[];
  /** Hash of the cleaned body: pages that show the body change when it changes. */
  bodyHash: string;
  source: { file: string; hash: string };
};

/** What lists, neighbours, feeds' headers and fingerprints need: a record without its body. */
export type ReleaseMeta = Omit<ReleaseRecord, 'html' | 'text' | 'blocks'>;

export const releaseId = (release: { locale: Locale; slug: string }) => `${release.locale}/${release.slug}`;

export function metaOf(record: ReleaseRecord): ReleaseMeta {
  const { html: _html, text: _text, blocks: _blocks, ...meta } = record;
  return meta;
}
