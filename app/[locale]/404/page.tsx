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
 * The localized 404, prerendered per locale. The proxy serves it, with
 * status 404, for every path that is not a prerendered page (see proxy.ts
 * for why this is not `notFound()`).
 */
export default async function NotFoundRoute({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <NotFoundPage locale={locale} />;
}
