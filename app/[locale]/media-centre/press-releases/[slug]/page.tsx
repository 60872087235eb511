import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { ListingPage } from '@/components/listing/ListingPage';
import { NotTranslated } from '@/components/releases/NotTranslated';
import { ReleaseArticle } from '@/components/releases/ReleaseArticle';
import { JsonLd } from '@/components/seo/JsonLd';
import { locales, type Locale } from '@/i18n/locales';
import { findReleaseInAnyLocale, getAllSlugs, getAvailableLocales, getRelease, getYears } from '@/lib/content';
import { listingMetadata } from '@/lib/listing-text';
import { cardImage, pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { newsArticle } from '@/lib/structured-data';

/**
 * `/media-centre/press-releases/<slug>/` is a release, or, for a 4-digit
 * segment, that year's archive (the content check forbids 4-digit slugs).
 */
type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

const isYear = (segment: string) => /^\d{4}$/.test(segment);

/** Every slug in every locale (a missing translation gets an honest page), and each locale's years. */
export function generateStaticParams() {
  const slugs = getAllSlugs();
  return locales.flatMap((locale) => [
    ...slugs.map((slug) => ({ locale, slug })),
    ...getYears(locale).map(({ year }) => ({ locale, slug: year })),
  ]);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (isYear(slug)) return listingMetadata(locale, { kind: 'year', year: slug });
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

export default async function ReleaseOrYearPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  if (isYear(slug)) return <ListingPage locale={locale} listing={{ kind: 'year', year: slug }} />;
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
