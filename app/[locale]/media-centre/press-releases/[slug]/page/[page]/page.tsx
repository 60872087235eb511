import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage } from '@/components/listing/ListingPage';
import type { Locale } from '@/i18n/locales';
import { currentModel } from '@/lib/content';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { staticParams } from '@/lib/routes/static-params';
import { listingView } from '@/lib/views/listing';

/** Older pages of a year archive (`[slug]` is a year here: releases never have a 4-digit slug). */
type Props = { params: Promise<{ locale: Locale; slug: string; page: string }> };

// The year segment has no layout of its own: Next passes only the locale, and this route lists the year too.
export function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return staticParams('year-page', ['slug', 'page'], { locale: params.locale });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params;
  return listingMetadata(locale, { kind: 'year', year: slug }, Number(page));
}

export default async function YearPage({ params }: Props) {
  const { locale, slug, page } = await params;
  setRequestLocale(locale);
  const view = listingView(currentModel(), locale, { kind: 'year', year: slug }, Number(page));
  if (!view) notFound();
  return <ListingPage view={view} />;
}
