import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { NotTranslated } from '@/components/releases/NotTranslated';
import { ReleaseArticle } from '@/components/releases/ReleaseArticle';
import { JsonLd } from '@/components/seo/JsonLd';
import { locales, type Locale } from '@/i18n/locales';
import { findReleaseInAnyLocale, getAllSlugs, getAvailableLocales, getRelease } from '@/lib/content';
import { cardImage, pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { newsArticle } from '@/lib/structured-data';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

/** Every slug in every locale: a missing translation gets an honest "not translated" page. */
export function generateStaticParams() {
  const slugs = getAllSlugs();
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const release = getRelease(locale, slug);
  if (release) {
    return pageMetadata({
      locale,
      path: routes.release(slug),
      title: release.title,
      description: release.summary,
      availableLocales: getAvailableLocales(release),
      type: 'article',
      publishedTime: release.date,
      image: await cardImage(locale, routes.releaseCard(slug), release.title),
    });
  }
  const t = await getTranslations({ locale, namespace: 'NotTranslated' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

export default async function ReleasePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const release = getRelease(locale, slug);
  const original = release ? undefined : findReleaseInAnyLocale(slug);
  if (!release && !original) notFound();
  return (
    <PageShell locale={locale} path={routes.release(slug)}>
      {release ? (
        <>
          <JsonLd data={newsArticle(release, locales)} />
          <ReleaseArticle release={release} locale={locale} />
        </>
      ) : (
        <NotTranslated locale={locale} original={original!} />
      )}
    </PageShell>
  );
}
