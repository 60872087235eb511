import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { feedFormats, feedPaths } from '@/lib/feeds';
import { site } from '@/lib/site';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  const tFeeds = await getTranslations({ locale, namespace: 'Feeds' });
  return (
    <footer className="mt-16 border-t border-line py-8 text-sm text-muted print:hidden">
      <div className="mx-auto max-w-5xl space-y-3 px-4">
        <p>{t('about')}</p>
        <nav aria-label={tFeeds('heading')}>
          <ul className="flex flex-wrap gap-4">
            {feedFormats.map((format) => (
              // Plain <a>: feeds are files, not pages to navigate to client-side.
              <li key={format}>
                <a href={`/${locale}/${feedPaths[format]}`} className="text-link underline underline-offset-4">
                  {tFeeds(format)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('copyright', { year: new Date().getUTCFullYear(), agency: site.agency.name[locale] })}</p>
      </div>
    </footer>
  );
}
