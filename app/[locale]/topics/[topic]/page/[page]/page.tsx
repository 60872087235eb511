import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage } from '@/components/listing/ListingPage';
import { locales, type Locale } from '@/i18n/locales';
import { getReleasesOfTopic } from '@/lib/content';
import { listingMetadata } from '@/lib/listing-text';
import { laterPages, parsePage } from '@/lib/pagination';
import { withExportPlaceholder } from '@/lib/static-params';
import { isTopic, topics } from '@/lib/topics';

type Props = { params: Promise<{ locale: Locale; topic: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const params = locales.flatMap((locale) =>
    topics.flatMap((topic) => laterPages(getReleasesOfTopic(locale, topic).length).map((page) => ({ locale, topic, page: String(page) }))),
  );
  return withExportPlaceholder(params, { topic: topics[0]! });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic, page } = await params;
  return isTopic(topic) ? listingMetadata(locale, { kind: 'topic', topic }, parsePage(page) ?? 1) : {};
}

export default async function TopicPageN({ params }: Props) {
  const { locale, topic, page } = await params;
  setRequestLocale(locale);
  const number = parsePage(page);
  if (!isTopic(topic) || !number) notFound();
  return <ListingPage locale={locale} listing={{ kind: 'topic', topic }} page={number} />;
}
