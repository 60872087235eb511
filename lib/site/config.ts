/**
 * The one site configuration: the agency (lib/site/agency.ts) and what the
 * deployment sets through the environment. Nothing else reads `process.env`
 * for these.
 */
import { agency } from './agency';
import { legacyOrigin, siteOrigin } from './origins';

export const site = {
  /** Public origin of this portal; `metadataBase`, canonical URLs, feeds and cards use it. */
  url: siteOrigin(),
  /**
   * The agency's current website. Attachments the CMS links by site-relative
   * path (`/files/...`) still live there until they are migrated into `public/`.
   */
  legacyOrigin: legacyOrigin(),
  /** Site-relative path prefixes that belong to the legacy origin. */
  legacyPathPrefixes: ['/files/'],
  /** Releases per feed, newest first. */
  feedItemLimit: Number(process.env.FEED_ITEM_LIMIT) || 50,
  /** The agency's time zone: a release dated 14 December is published on the 14th there. */
  timeZone: process.env.SITE_TIME_ZONE?.trim() || 'Asia/Singapore',
  agency,
} as const;

export type Site = typeof site;
