import { hasLocale, IntlErrorCode } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

/** Marker for a message key missing in a locale; e2e tests fail on any page that shows it. */
export const MISSING_MESSAGE_MARKER = '⟦missing message⟧';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Release dates are calendar days stored as UTC midnight: format them in UTC
    // so no server time zone can move them a day.
    timeZone: 'UTC',
    // Never fall back silently to the key or another language: make the gap visible.
    getMessageFallback: ({ namespace, key, error }) =>
      error.code === IntlErrorCode.MISSING_MESSAGE
        ? `${MISSING_MESSAGE_MARKER} ${[namespace, key].filter(Boolean).join('.')}`
        : `${[namespace, key].filter(Boolean).join('.')}`,
  };
});
