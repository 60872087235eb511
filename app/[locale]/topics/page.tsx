import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { TopicLinks } from '@/components/listing/TopicLinks';
import { locales, type Locale } from '@/i18n/locales';
import { cardImage, pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return pageMetadata({
    locale,
    path: routes.topics(),
    title: t('topics'),
    description: t('topicsDescription', { agency: site.agency.name[locale] }),
    availableLocales: locales,
    image: await cardImage(locale, routes.defaultCard(), t('topics')),
  });
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
