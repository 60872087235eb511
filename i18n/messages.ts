import en from '../messages/en.json';
import zh from '../messages/zh.json';
import type { Locale } from './locales';

/**
 * Every locale's messages, for code outside a request's i18n context: feeds,
 * Open Graph cards, and the pages that speak every language at once (`/`,
 * the last-resort 404). Pages and components use next-intl instead.
 * English types the keys and their arguments (messages/en.d.json.ts); the
 * other files have exactly its keys (i18n/messages.test.ts).
 */
export const messages: Record<Locale, typeof en> = { en, zh: zh as unknown as typeof en };
