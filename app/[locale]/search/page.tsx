import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { ReleaseList } from '@/components/releases/ReleaseList';
import { SearchPanel } from '@/components/search/SearchPanel';
import { TextLink } from '@/components/ui/TextLink';
import { locales, type Locale } from '@/i18n/locales';
import { currentModel } from '@/lib/content';
import { routes } from '@/lib/routes/paths';
import { sitePageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site/config';
import { searchPageView } from '@/lib/views/site';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return sitePageMetadata(locale, routes.search(), t('title'), t('description', { agency: site.agency.name[locale] }), locales);
}

export default async function SearchPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const view = searchPageView(currentModel(), locale);
  const t = await getTranslations('Search');
  const { Search } = await getMessages();
  return (
    <PageShell path={routes.search()} section="search" lastUpdated={view.lastUpdated}>
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      {/* Only the Search messages reach the browser, for the one interactive part of the site. */}
      <NextIntlClientProvider messages={{ Search }}>
        <SearchPanel />
      </NextIntlClientProvider>
      <noscript>
        <p className="mt-6">{t('fallback')}</p>
        <ReleaseList releases={view.latest} />
        <p className="mt-4">
          <TextLink href={routes.releases()}>{t('allReleases')}</TextLink>
        </p>
      </noscript>
    </PageShell>
  );
}
