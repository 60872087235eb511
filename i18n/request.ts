import { hasLocale, IntlErrorCode } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { MISSING_MESSAGE_MARKER } from './missing-message';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Dates reach the formatter already in the agency's time zone (lib/content/moment.ts)
    // and are formatted as calendar values, so no server time zone can move them.
    timeZone: 'UTC',
    // Never fall back silently to the key or another language: make the gap visible.
    getMessageFallback: ({ namespace, key, error }) =>
      error.code === IntlErrorCode.MISSING_MESSAGE
        ? `${MISSING_MESSAGE_MARKER} ${[namespace, key].filter(Boolean).join('.')}`
        : `${[namespace, key].filter(Boolean).join('.')}`,
  };
});
