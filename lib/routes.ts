/**
 * Locale-free paths of every page type, in one place. `Link` from
 * i18n/navigation adds the locale; metadata builders add the origin.
 */
const paged = (base: string, page = 1) => (page > 1 ? `${base}page/${page}/` : base);

export const routes = {
  home: () => '/',
  releases: (page = 1) => paged('/media-centre/press-releases/', page),
  year: (year: string, page = 1) => paged(`/media-centre/press-releases/${year}/`, page),
  topics: () => '/topics/',
  topic: (topic: string, page = 1) => paged(`/topics/${topic}/`, page),
  search: () => '/search/',
  release: (slug: string) => `/media-centre/press-releases/${slug}/`,
  /** A release's Open Graph card (a PNG with a real extension, so static hosts type it right). */
  releaseCard: (slug: string) => `/media-centre/press-releases/${slug}/og.png`,
  /** The locale's default card, shared by home and list pages. */
  defaultCard: () => '/og.png',
} as const;
