import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SkipLink } from '@/components/layout/SkipLink';
import { isLocale, localeConfig, locales } from '@/i18n/locales';
import { site } from '@/lib/site';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(site.url),
    title: { template: `%s | ${t('name')}`, default: t('name') },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // Server components translate on the server; the browser only needs what the
  // client error boundary shows.
  const { Error: errorMessages } = await getMessages({ locale });
  return (
    <html lang={localeConfig[locale].tag}>
      <body className="flex min-h-screen flex-col antialiased">
        <NextIntlClientProvider messages={{ Error: errorMessages }}>
          <SkipLink locale={locale} />
          <div className="flex-1">{children}</div>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
