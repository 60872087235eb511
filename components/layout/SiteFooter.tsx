import { getTranslations } from 'next-intl/server';
import { FeedLinks } from '@/components/listing/FeedLinks';
import type { Locale } from '@/i18n/locales';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  const tFeeds = await getTranslations({ locale, namespace: 'Feeds' });
  return (
    <footer className="mt-16 border-t border-line py-8 text-sm text-muted print:hidden">
      <div className="mx-auto max-w-5xl space-y-3 px-4">
        <p>{t('about')}</p>
        <FeedLinks locale={locale} basePath={routes.home()} label={tFeeds('heading')} />
        <p>{t('copyright', { year: new Date().getUTCFullYear(), agency: site.agency.name[locale] })}</p>
      </div>
    </footer>
  );
}
