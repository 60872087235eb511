import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { TopicLinks } from '@/components/listing/TopicLinks';
import { YearLinks } from '@/components/listing/YearLinks';
import { ReleaseList } from '@/components/releases/ReleaseList';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { getLatestReleases } from '@/lib/content';
import { sitePageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ locale: Locale }> };

const LATEST_COUNT = 6;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Site' });
  return sitePageMetadata(locale, routes.home(), t('name'), t('tagline', { agency: site.agency.name[locale] }));
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const tSite = await getTranslations({ locale, namespace: 'Site' });
  const latest = getLatestReleases(locale, LATEST_COUNT);
  return (
    <PageShell locale={locale} path={routes.home()}>
      <h1 className="text-3xl font-bold sm:text-4xl">{tSite('name')}</h1>
      <p className="mt-2 text-lg text-muted">{tSite('tagline', { agency: site.agency.name[locale] })}</p>
      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="text-2xl font-semibold">
          {t('latest')}
        </h2>
        {latest.length ? <ReleaseList releases={latest} locale={locale} headingLevel="h3" /> : <p>{t('empty')}</p>}
        <p className="mt-6">
          <Link href={routes.releases()} className="font-medium text-link underline underline-offset-4">
            {t('allReleases')}
          </Link>
        </p>
      </section>
      <TopicLinks locale={locale} />
      <YearLinks locale={locale} />
    </PageShell>
  );
}
