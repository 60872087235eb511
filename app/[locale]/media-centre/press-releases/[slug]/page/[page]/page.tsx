import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage } from '@/components/listing/ListingPage';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { getReleasesOfYear, getYears } from '@/lib/content';
import { listingMetadata } from '@/lib/listing-text';
import { laterPages, parsePage } from '@/lib/pagination';
import { withExportPlaceholder } from '@/lib/static-params';

/** Later pages of a year archive (`[slug]` is a year here: releases never have a 4-digit slug). */
type Props = { params: Promise<{ locale: Locale; slug: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const params = locales.flatMap((locale) =>
    getYears(locale).flatMap(({ year }) =>
      laterPages(getReleasesOfYear(locale, year).length).map((page) => ({ locale, slug: year, page: String(page) })),
    ),
  );
  return withExportPlaceholder(params, { slug: getYears(defaultLocale)[0]?.year ?? '2000' });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params;
  return listingMetadata(locale, { kind: 'year', year: slug }, parsePage(page) ?? 1);
}

export default async function YearPageN({ params }: Props) {
  const { locale, slug, page } = await params;
  setRequestLocale(locale);
  const number = parsePage(page);
  if (!number) notFound();
  return <ListingPage locale={locale} listing={{ kind: 'year', year: slug }} page={number} />;
}
