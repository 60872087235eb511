import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotFoundPage } from '@/components/layout/NotFoundPage';
import type { Locale } from '@/i18n/locales';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

/**
 * The localized 404, prerendered per locale. The proxy answers every path
 * the site does not have with this page's HTML and status 404 (lib/host);
 * static hosts do the same with their 404 rules.
 */
export default async function NotFoundRoute({ params }: Props) {
  setRequestLocale((await params).locale);
  return <NotFoundPage />;
}
