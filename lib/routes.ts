/**
 * Locale-free paths of every page type, in one place. `Link` from
 * i18n/navigation adds the locale; metadata builders add the origin.
 */
export const routes = {
  home: () => '/',
  releases: () => '/media-centre/press-releases/',
  release: (slug: string) => `/media-centre/press-releases/${slug}/`,
} as const;
