/**
 * Locale-free paths of every page type, in one place. `Link` from
 * i18n/navigation adds the locale; metadata builders add the origin.
 */
export const routes = {
  home: () => '/',
  releases: () => '/media-centre/press-releases/',
  release: (slug: string) => `/media-centre/press-releases/${slug}/`,
  /** A release's Open Graph card (a PNG with a real extension, so static hosts type it right). */
  releaseCard: (slug: string) => `/media-centre/press-releases/${slug}/og.png`,
  /** The locale's default card, shared by home and list pages. */
  defaultCard: () => '/og.png',
} as const;
