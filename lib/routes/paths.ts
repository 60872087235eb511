/**
 * The URL map: every path the site serves is built here and nowhere else.
 * Paths without a locale (`routes.*`) are what links take
 * (components/ui/SiteLink.tsx); `localePath` adds the locale, `absoluteUrl`
 * (./absolute.ts) the origin. Free of the site configuration, so client
 * code may import it.
 */
import type { Locale } from '../../i18n/locales';

/** A listing's page: its own URL shows the newest page; older pages are numbered from the oldest. */
const paged = (base: string, page?: number) => (page ? `${base}page/${page}/` : base);

export const feedFiles = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof feedFiles;
export const feedFormats = Object.keys(feedFiles) as FeedFormat[];

const RELEASES = '/media-centre/press-releases/';

export const routes = {
  home: () => '/',
  releases: (page?: number) => paged(RELEASES, page),
  year: (year: string, page?: number) => paged(`${RELEASES}${year}/`, page),
  topics: () => '/topics/',
  topic: (topic: string, page?: number) => paged(`/topics/${topic}/`, page),
  search: () => '/search/',
  release: (slug: string) => `${RELEASES}${slug}/`,
  /** The English and Chinese texts side by side. */
  bilingual: (slug: string) => `${RELEASES}${slug}/bilingual/`,
  /** A release's Open Graph card (a PNG with a real extension, so static hosts type it right). */
  releaseCard: (slug: string) => `${RELEASES}${slug}/og.png`,
  /** The locale's default card, shared by home and list pages. */
  defaultCard: () => '/og.png',
  /** The site's feeds (`topic` unset) or a topic's. */
  feed: (format: FeedFormat, topic?: string) => `${topic ? `/topics/${topic}/` : '/'}${feedFiles[format]}`,
  /** What the search index is made of: how many parts (lib/search/types.ts). */
  searchIndex: () => '/search-index.json',
  /** A part of the search index (lib/search/shards.ts). */
  searchIndexPart: (part: number) => `/search-index/${part}.json`,
  /** A shard of the search's body texts (lib/search/shards.ts). */
  searchText: (shard: number) => `/search-text/${shard}.json`,
  /** The localized 404 page (prerendered; the proxy and static hosts answer unknown paths with it). */
  notFound: () => '/404/',
} as const;

/** `/en/media-centre/…`: a path with its locale. */
export const localePath = (locale: Locale, path: string) => `/${locale}${path}`;

/** Site-level files, outside every locale. */
export const siteFiles = {
  sitemapIndex: '/sitemap.xml',
  /** Next's sitemap route (app/sitemaps/sitemap.ts with generateSitemaps) serves them here. */
  sitemap: (id: string) => `/sitemaps/sitemap/${id}.xml`,
  robots: '/robots.txt',
} as const;

/** A 4-digit path segment under the release path is a year archive (the content check forbids such slugs). */
export const isYearSegment = (segment: string) => /^\d{4}$/.test(segment);
