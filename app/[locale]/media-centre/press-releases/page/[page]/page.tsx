import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage } from '@/components/listing/ListingPage';
import type { Locale } from '@/i18n/locales';
import { currentModel } from '@/lib/content';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { staticParams } from '@/lib/routes/static-params';
import { listingView } from '@/lib/views/listing';

type Props = { params: Promise<{ locale: Locale; page: string }> };

export function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return staticParams('releases-page', ['page'], { locale: params.locale });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params;
  return listingMetadata(locale, { kind: 'all' }, Number(page));
}

export default async function ReleasesPageN({ params }: Props) {
  const { locale, page } = await params;
  setRequestLocale(locale);
  const view = listingView(currentModel(), locale, { kind: 'all' }, Number(page));
  if (!view) notFound();
  return <ListingPage view={view} />;
}
