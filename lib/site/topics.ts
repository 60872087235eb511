import type { Locale } from '../../i18n/locales';

/**
 * The topics a release can carry in its `topics` front matter, each named
 * once in every language. A slug not listed here is a content-check error.
 */
export const topicNames = {
  ai: { en: 'Artificial intelligence', zh: '人工智能' },
  sustainability: { en: 'Sustainability', zh: '可持续发展' },
  'digital-economy': { en: 'Digital economy', zh: '数字经济' },
  cybersecurity: { en: 'Cybersecurity', zh: '网络安全' },
  'smart-nation': { en: 'Smart Nation', zh: '智慧国' },
  media: { en: 'Media', zh: '媒体' },
  connectivity: { en: 'Connectivity', zh: '互联互通' },
  talent: { en: 'Talent', zh: '人才' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Topic = keyof typeof topicNames;
export const topics = Object.keys(topicNames) as Topic[];

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && Object.hasOwn(topicNames, value);
}

export function topicName(topic: Topic, locale: Locale): string {
  return topicNames[topic][locale];
}
