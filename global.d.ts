import type en from './messages/en.json';
import type { Locale } from './i18n/locales';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    // English is the type source: a key missing from en.json is a type error.
    Messages: typeof en;
  }
}
