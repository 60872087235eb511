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

// The topic segment has no layout of its own: Next passes only the locale, and this route lists the topic too.
export function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return staticParams('topic-page', ['topic', 'page'], { locale: params.locale });
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
