import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { ReleaseList } from '@/components/releases/ReleaseList';
import { SearchPanel } from '@/components/search/SearchPanel';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { getLatestReleases } from '@/lib/content';
import { sitePageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return sitePageMetadata(locale, routes.search(), t('title'), t('description', { agency: site.agency.name[locale] }));
}

export default async function SearchPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const { Search } = await getMessages({ locale });
  return (
    <PageShell locale={locale} path={routes.search()}>
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      {/* Only the Search messages reach the browser, for the one interactive part of the site. */}
      <NextIntlClientProvider messages={{ Search }}>
        <SearchPanel />
      </NextIntlClientProvider>
      <noscript>
        <p className="mt-6">{t('fallback')}</p>
        <ReleaseList releases={getLatestReleases(locale, 12)} locale={locale} />
        <p className="mt-4">
          <Link href={routes.releases()} className="text-link underline underline-offset-4">
            {t('allReleases')}
          </Link>
        </p>
      </noscript>
    </PageShell>
  );
}
