import { getTranslations } from 'next-intl/server';
import { localeConfig, type Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import type { Release } from '@/lib/content';
import { routes } from '@/lib/routes';

type Props = {
  /** The reader's language (the page's). */
  locale: Locale;
  original: Release;
};

/**
 * Shown under a locale's URL when the release exists only in another
 * language: the reader is told so in their language, and the original's
 * title carries its own `lang` instead of posing as a translation.
 */
export async function NotTranslated({ locale, original }: Props) {
  const t = await getTranslations({ locale, namespace: 'NotTranslated' });
  const originalLocale: Locale = original.locale;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold leading-tight">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link
          href={routes.release(original.slug)}
          locale={originalLocale}
          lang={localeConfig[originalLocale].tag}
          hrefLang={localeConfig[originalLocale].tag}
          className="text-lg font-semibold text-link underline underline-offset-4"
        >
          {original.title}
        </Link>
      </p>
      <p>
        <Link href={routes.releases()} className="text-link underline underline-offset-4">
          {t('backToList')}
        </Link>
      </p>
    </div>
  );
}
