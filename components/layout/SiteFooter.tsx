import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { ZonedMoment } from '@/lib/content';
import { site } from '@/lib/site/config';
import { formatDay } from '@/lib/site/format';
import { FeedLinks } from './FeedLinks';

/**
 * The footer a government site must carry: the agency's links (contact,
 * feedback, vulnerability reports, privacy, terms) and when this page last
 * changed. The page's own date, not the site's: a site-wide date on every
 * page would change every page whenever anything is published.
 */
export async function SiteFooter({ lastUpdated }: { lastUpdated?: ZonedMoment }) {
  const t = await getTranslations('Footer');
  const tFeeds = await getTranslations('Feeds');
  const locale = (await getLocale()) as Locale;
  return (
    <footer className="mt-16 border-t border-line py-8 text-sm text-muted print:hidden">
      <div className="mx-auto max-w-5xl space-y-4 px-4">
        <p>{t('about')}</p>
        <FeedLinks label={tFeeds('heading')} />
        <nav aria-label={t('linksLabel')}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {site.agency.footerLinks.map((link) => (
              <li key={link.key}>
                <a href={link.href} className="link">
                  {t(link.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          {lastUpdated ? (
            <>
              {t('copyright', { year: lastUpdated.day.slice(0, 4), agency: site.agency.name[locale] })} ·{' '}
              {t('lastUpdated', { date: formatDay(lastUpdated.day, locale) })}
            </>
          ) : (
            t('copyrightPlain', { agency: site.agency.name[locale] })
          )}
        </p>
      </div>
    </footer>
  );
}
