import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage } from '@/components/listing/ListingPage';
import { locales, type Locale } from '@/i18n/locales';
import { getReleases } from '@/lib/content';
import { listingMetadata } from '@/lib/listing-text';
import { laterPages, parsePage } from '@/lib/pagination';
import { withExportPlaceholder } from '@/lib/static-params';

type Props = { params: Promise<{ locale: Locale; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const params = locales.flatMap((locale) => laterPages(getReleases(locale).length).map((page) => ({ locale, page: String(page) })));
  return withExportPlaceholder(params, {});
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params;
  return listingMetadata(locale, { kind: 'all' }, parsePage(page) ?? 1);
}

export default async function ReleasesPageN({ params }: Props) {
  const { locale, page } = await params;
  setRequestLocale(locale);
  const number = parsePage(page);
  if (!number) notFound();
  return <ListingPage locale={locale} listing={{ kind: 'all' }} page={number} />;
}
