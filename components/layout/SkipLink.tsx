import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';

export const MAIN_ID = 'main';

/** First focusable element: keyboard users jump past the header. */
export async function SkipLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SkipLink' });
  return (
    <a
      href={`#${MAIN_ID}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:text-ink focus:shadow-lg"
    >
      {t('label')}
    </a>
  );
}
