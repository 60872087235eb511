import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL carries its locale; the only form a static export can serve too.
  localePrefix: 'always',
  // The language comes from the URL and, at `/`, from Accept-Language (lib/host): no cookie to
  // track readers or to split shared caches.
  localeCookie: false,
  // hreflang has one source, the page's <head> (lib/seo/alternates.ts), not an HTTP header too.
  alternateLinks: false,
});
