import { getTranslations } from 'next-intl/server';

export const MAIN_ID = 'main';

/** First focusable element: keyboard users jump past the header. */
export async function SkipLink() {
  const t = await getTranslations('SkipLink');
  return (
    <a
      href={`#${MAIN_ID}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:text-ink focus:shadow-lg"
    >
      {t('label')}
    </a>
  );
}
