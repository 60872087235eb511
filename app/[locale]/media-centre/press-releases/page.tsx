import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage } from '@/components/listing/ListingPage';
import type { Locale } from '@/i18n/locales';
import { listingMetadata } from '@/lib/listing-text';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata((await params).locale, { kind: 'all' });
}

export default async function ReleasesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ListingPage locale={locale} listing={{ kind: 'all' }} />;
}
