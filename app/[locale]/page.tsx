import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { TopicLinks } from '@/components/listing/TopicLinks';
import { YearLinks } from '@/components/listing/YearLinks';
import { ReleaseList } from '@/components/releases/ReleaseList';
import { TextLink } from '@/components/ui/TextLink';
import { locales, type Locale } from '@/i18n/locales';
import { currentModel } from '@/lib/content';
import { routes } from '@/lib/routes/paths';
import { sitePageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site/config';
import { homeView } from '@/lib/views/site';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Site' });
  return sitePageMetadata(locale, routes.home(), t('name'), t('tagline', { agency: site.agency.name[locale] }), locales);
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const view = homeView(currentModel(), locale);
  const t = await getTranslations('Home');
  const tSite = await getTranslations('Site');
  return (
    <PageShell path={routes.home()} section="home" lastUpdated={view.lastUpdated}>
      <h1 className="text-3xl font-bold sm:text-4xl">{tSite('name')}</h1>
      <p className="mt-2 text-lg text-muted">{tSite('tagline', { agency: site.agency.name[locale] })}</p>
      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="text-2xl font-semibold">
          {t('latest')}
        </h2>
        {view.latest.length ? <ReleaseList releases={view.latest} headingLevel="h3" /> : <p className="mt-4">{t('empty')}</p>}
        <p className="mt-6">
          <TextLink href={routes.releases()} className="font-medium">
            {t('allReleases')}
          </TextLink>
        </p>
      </section>
      <TopicLinks topics={view.topics} />
      <YearLinks years={view.years} />
    </PageShell>
  );
}
