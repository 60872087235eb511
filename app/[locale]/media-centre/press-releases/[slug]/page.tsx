import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { ListingPage } from '@/components/listing/ListingPage';
import { NotTranslated } from '@/components/releases/NotTranslated';
import { ReleaseArticle } from '@/components/releases/ReleaseArticle';
import { JsonLd } from '@/components/seo/JsonLd';
import type { Locale } from '@/i18n/locales';
import { currentModel, readRecord } from '@/lib/content';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { isYearSegment, routes } from '@/lib/routes/paths';
import { staticParams } from '@/lib/routes/static-params';
import { cardImage, pageMetadata } from '@/lib/seo/metadata';
import { newsArticle } from '@/lib/seo/structured-data';
import { listingView } from '@/lib/views/listing';
import { releaseView } from '@/lib/views/release';

/**
 * `/media-centre/press-releases/<slug>/` is a release, or, for a 4-digit
 * segment, that year's archive (the content check forbids 4-digit slugs).
 * Slugs published after the build render on demand (the proxy has already
 * answered unknown ones with the 404 page).
 */
type Props = { params: Promise<{ locale: Locale; slug: string }> };

export function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return staticParams('release-or-year', ['slug'], { locale: params.locale });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (isYearSegment(slug)) return listingMetadata(locale, { kind: 'year', year: slug });
  const view = releaseView(currentModel(), locale, slug);
  if (view?.kind !== 'release') {
    const t = await getTranslations({ locale, namespace: 'NotTranslated' });
    return { title: t('title'), robots: { index: false, follow: true } };
  }
  const { release } = view;
  return pageMetadata({
    locale,
    path: routes.release(slug),
    title: release.title,
    description: release.summary,
    available: view.available,
    type: 'article',
    publishedTime: release.published.iso,
    modifiedTime: release.updated?.iso,
    image: await cardImage(locale, routes.releaseCard(slug), release.title),
  });
}

export default async function ReleaseOrYearPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const model = currentModel();
  if (isYearSegment(slug)) {
    const view = listingView(model, locale, { kind: 'year', year: slug });
    if (!view) notFound();
    return <ListingPage view={view} />;
  }
  const view = releaseView(model, locale, slug);
  if (!view) notFound();
  if (view.kind === 'notTranslated') {
    return (
      <PageShell path={routes.release(slug)} section="releases">
        <NotTranslated original={view.original} />
      </PageShell>
    );
  }
  const record = readRecord(view.release);
  if (!record) notFound();
  return (
    <PageShell path={routes.release(slug)} section="releases" lastUpdated={view.lastUpdated}>
      <JsonLd data={newsArticle(view)} />
      <ReleaseArticle view={view} record={record} />
    </PageShell>
  );
}
