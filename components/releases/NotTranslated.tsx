import { getTranslations } from 'next-intl/server';
import { TextLink } from '@/components/ui/TextLink';
import { localeConfig } from '@/i18n/locales';
import { routes } from '@/lib/routes/paths';
import type { ReleaseRef } from '@/lib/views/refs';

/**
 * Shown under a locale's URL when the release exists only in another
 * language: the reader is told so in their language, and the original's
 * title carries its own `lang` instead of posing as a translation.
 */
export async function NotTranslated({ original }: { original: ReleaseRef }) {
  const t = await getTranslations('NotTranslated');
  const tag = localeConfig[original.locale].tag;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold leading-tight">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <TextLink href={routes.release(original.slug)} locale={original.locale} lang={tag} hrefLang={tag} className="text-lg font-semibold">
          {original.title}
        </TextLink>
      </p>
      <p>
        <TextLink href={routes.releases()}>{t('backToList')}</TextLink>
      </p>
    </div>
  );
}
