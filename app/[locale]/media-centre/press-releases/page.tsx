import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage } from '@/components/listing/ListingPage';
import type { Locale } from '@/i18n/locales';
import { currentModel } from '@/lib/content';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { listingView } from '@/lib/views/listing';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata((await params).locale, { kind: 'all' });
}

export default async function ReleasesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const view = listingView(currentModel(), locale, { kind: 'all' });
  if (!view) notFound();
  return <ListingPage view={view} />;
}
