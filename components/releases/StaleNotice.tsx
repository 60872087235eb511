import { getLocale, getTranslations } from 'next-intl/server';
import { TextLink } from '@/components/ui/TextLink';
import { localeConfig, type Locale } from '@/i18n/locales';
import { routes } from '@/lib/routes/paths';
import { formatDay } from '@/lib/site/format';
import type { Staleness } from '@/lib/views/release';

/** Said in the page's language when the other version was corrected after this one. */
export async function StaleNotice({ stale }: { stale: Staleness }) {
  const t = await getTranslations('Release');
  const tLanguages = await getTranslations('Languages');
  const locale = (await getLocale()) as Locale;
  const language = tLanguages(stale.locale);
  return (
    <aside aria-labelledby="stale-notice" className="mb-8 rounded border-l-4 border-accent bg-surface p-4">
      <p id="stale-notice" className="font-medium">
        {t('stale', { language, date: formatDay(stale.updated.day, locale) })}
      </p>
      <p className="mt-2">
        <TextLink href={routes.release(stale.slug)} locale={stale.locale} hrefLang={localeConfig[stale.locale].tag}>
          {t('readOther', { language })}
        </TextLink>
      </p>
    </aside>
  );
}
