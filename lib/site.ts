/**
 * The one place that knows about the agency and the deployment.
 * Metadata, feeds, OG images, JSON-LD and the body pipeline read from here,
 * never from `process.env` directly.
 */
import type { Locale } from '../i18n/locales';
import { legacyOrigin, siteOrigin } from './origins.mjs';

export const site = {
  /** Public origin of this portal; `metadataBase`, canonical URLs and feeds use it. */
  url: siteOrigin(),
  /**
   * The agency's current website. Attachments the CMS links by site-relative
   * path (`/files/...`) still live there until they are migrated into `public/`.
   */
  legacyOrigin: legacyOrigin(),
  /** Releases per feed, newest first. */
  feedItemLimit: Number(process.env.FEED_ITEM_LIMIT) || 50,
  /** Site-relative path prefixes that belong to the legacy origin. */
  legacyPathPrefixes: ['/files/'],
  agency: {
    name: {
      en: 'Ministry of Digital Development and Information',
      zh: '数码发展及新闻部',
    } satisfies Record<Locale, string>,
    shortName: 'MDDI',
  },
  social: {
    x: '@MDDI_sg',
  },
} as const;
