/**
 * Locale facts with no framework dependency, so that the content build
 * (contentlayer.config.ts) and the app share one definition.
 * Adding a language: an entry here, `messages/<key>.json`, `content/releases/<key>/`.
 */
export const localeConfig = {
  en: {
    /** BCP 47 tag for `lang`, `hreflang`, feeds and JSON-LD. */
    tag: 'en',
    /** Tag for Intl formatting: Singapore English writes "14 December 2023". */
    intl: 'en-SG',
    /** Open Graph locale (`og:locale`). */
    og: 'en_SG',
    /** RSS `<language>`: RSS 2.0 takes the old `xx-yy` codes, not BCP 47. */
    rss: 'en',
    /** The language's own name, shown on the switch that leads to it. */
    endonym: 'English',
  },
  zh: {
    tag: 'zh-Hans',
    intl: 'zh-Hans-SG',
    og: 'zh_CN',
    rss: 'zh-cn',
    endonym: '中文',
  },
} as const;

export type Locale = keyof typeof localeConfig;
export const locales = Object.keys(localeConfig) as Locale[];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeConfig, value);
}
