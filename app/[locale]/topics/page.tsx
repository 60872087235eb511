import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { TopicLinks } from '@/components/listing/TopicLinks';
import { YearLinks } from '@/components/listing/YearLinks';
import { TextLink } from '@/components/ui/TextLink';
import { locales, type Locale } from '@/i18n/locales';
import { currentModel } from '@/lib/content';
import { routes } from '@/lib/routes/paths';
import { sitePageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site/config';
import { topicsView } from '@/lib/views/site';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return sitePageMetadata(locale, routes.topics(), t('topics'), t('topicsDescription', { agency: site.agency.name[locale] }), locales);
}

export default async function TopicsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const view = topicsView(currentModel(), locale);
  const t = await getTranslations('Listing');
  return (
    <PageShell path={routes.topics()} section="topics" lastUpdated={view.lastUpdated}>
      {view.topics.length ? (
        <TopicLinks topics={view.topics} headingLevel="h1" />
      ) : (
        <>
          <h1 className="text-3xl font-bold sm:text-4xl">{t('topics')}</h1>
          <p className="mt-4">{t('noTopics')}</p>
          <p className="mt-2">
            <TextLink href={routes.releases()}>{t('allLink')}</TextLink>
          </p>
          <YearLinks years={view.years} />
        </>
      )}
    </PageShell>
  );
}
