import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage } from '@/components/listing/ListingPage';
import { locales, type Locale } from '@/i18n/locales';
import { listingMetadata } from '@/lib/listing-text';
import { isTopic, topics } from '@/lib/topics';

type Props = { params: Promise<{ locale: Locale; topic: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => topics.map((topic) => ({ locale, topic })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic } = await params;
  return isTopic(topic) ? listingMetadata(locale, { kind: 'topic', topic }) : {};
}

export default async function TopicPage({ params }: Props) {
  const { locale, topic } = await params;
  setRequestLocale(locale);
  if (!isTopic(topic)) notFound();
  return <ListingPage locale={locale} listing={{ kind: 'topic', topic }} />;
}
