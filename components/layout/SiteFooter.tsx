import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { site } from '@/lib/site';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="mt-16 border-t border-line py-8 text-sm text-muted">
      <div className="mx-auto max-w-5xl space-y-2 px-4">
        <p>{t('about')}</p>
        <p>{t('copyright', { year: new Date().getUTCFullYear(), agency: site.agency.name[locale] })}</p>
      </div>
    </footer>
  );
}
