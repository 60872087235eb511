import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { ReleaseList } from '@/components/releases/ReleaseList';
import { locales, type Locale } from '@/i18n/locales';
import { getReleases } from '@/lib/content';
import { cardImage, pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ReleaseList' });
  return pageMetadata({
    locale,
    path: routes.releases(),
    title: t('title'),
    description: t('description', { agency: site.agency.name[locale] }),
    availableLocales: locales,
    image: await cardImage(locale, routes.defaultCard(), t('title')),
  });
}

export default async function ReleasesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'ReleaseList' });
  const releases = getReleases(locale);
  return (
    <PageShell locale={locale} path={routes.releases()}>
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('count', { count: releases.length })}</p>
      {releases.length ? <ReleaseList releases={releases} locale={locale} /> : <p className="mt-6">{t('empty')}</p>}
    </PageShell>
  );
}
