import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { SideBySide } from '@/components/releases/SideBySide';
import { locales, type Locale } from '@/i18n/locales';
import { currentModel, readRecord } from '@/lib/content';
import { routes } from '@/lib/routes/paths';
import { staticParams } from '@/lib/routes/static-params';
import { cardImage, pageMetadata } from '@/lib/seo/metadata';
import { bilingualView } from '@/lib/views/release';

/** A release in English and Chinese side by side: for bilingual readers, journalists and translators. */
type Props = { params: Promise<{ locale: Locale; slug: string }> };

export function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return staticParams('bilingual', ['slug'], { locale: params.locale });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const view = bilingualView(currentModel(), slug);
  if (!view) return {};
  const t = await getTranslations({ locale, namespace: 'Bilingual' });
  const own = view.releases.find((release) => release.locale === locale)!;
  return pageMetadata({
    locale,
    path: routes.bilingual(slug),
    title: t('pageTitle', { title: own.title }),
    description: own.summary,
    available: locales,
    image: await cardImage(locale, routes.releaseCard(slug), own.title),
  });
}

export default async function BilingualPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const view = bilingualView(currentModel(), slug);
  const [left, right] = view ? view.releases.map((release) => readRecord(release)) : [];
  if (!view || !left || !right) notFound();
  return (
    <PageShell path={routes.bilingual(slug)} section="releases" lastUpdated={view.lastUpdated}>
      <SideBySide left={left} right={right} />
    </PageShell>
  );
}
