import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { TopicLinks } from '@/components/listing/TopicLinks';
import type { Locale } from '@/i18n/locales';
import { sitePageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return sitePageMetadata(locale, routes.topics(), t('topics'), t('topicsDescription', { agency: site.agency.name[locale] }));
}

export default async function TopicsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <PageShell locale={locale} path={routes.topics()}>
      <TopicLinks locale={locale} headingLevel="h1" />
    </PageShell>
  );
}
