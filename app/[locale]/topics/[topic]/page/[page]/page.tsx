import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage } from '@/components/listing/ListingPage';
import type { Locale } from '@/i18n/locales';
import { currentModel } from '@/lib/content';
import { staticParams } from '@/lib/routes/static-params';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { isTopic } from '@/lib/site/topics';
import { listingView } from '@/lib/views/listing';

type Props = { params: Promise<{ locale: Locale; topic: string; page: string }> };

export function generateStaticParams({ params }: { params: { locale: Locale; topic: string } }) {
  return staticParams('topic-page', ['page'], { locale: params.locale, topic: params.topic });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic, page } = await params;
  return isTopic(topic) ? listingMetadata(locale, { kind: 'topic', topic }, Number(page)) : {};
}

export default async function TopicPageN({ params }: Props) {
  const { locale, topic, page } = await params;
  setRequestLocale(locale);
  const view = isTopic(topic) ? listingView(currentModel(), locale, { kind: 'topic', topic }, Number(page)) : undefined;
  if (!view) notFound();
  return <ListingPage view={view} />;
}
