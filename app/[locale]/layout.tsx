import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { CSSProperties, ReactNode } from 'react';
import { ErrorMessagesProvider } from '@/components/layout/ErrorMessages';
import { SkipLink } from '@/components/layout/SkipLink';
import { isLocale, localeConfig, locales } from '@/i18n/locales';
import { localePath, routes } from '@/lib/routes/paths';
import { site } from '@/lib/site/config';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// No `dynamicParams = false` here: a layout's applies to every page below it, and releases, years and
// listing pages published after the build must render on demand (the proxy answers unknown paths first).

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
  // Server components translate on the server; the browser gets only the strings the client error boundary shows.
  const t = await getTranslations('Error');
  const errorMessages = { title: t('title'), description: t('description'), retry: t('retry'), home: t('home'), homeHref: localePath(locale, routes.home()) };
  return (
    <html lang={localeConfig[locale].tag}>
      {/* The agency's colours (lib/site/agency.ts) as the theme's brand tokens. */}
      <body
        className="flex min-h-screen flex-col antialiased"
        style={{ '--agency-brand': site.agency.colours.brand, '--agency-accent': site.agency.colours.accent } as CSSProperties}
      >
        <ErrorMessagesProvider messages={errorMessages}>
          <SkipLink />
          {children}
        </ErrorMessagesProvider>
      </body>
    </html>
  );
}
