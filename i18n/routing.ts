import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL carries its locale; the only form a static export can serve too.
  localePrefix: 'always',
});
