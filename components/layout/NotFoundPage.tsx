import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { routes } from '@/lib/routes';
import { PageShell } from './PageShell';

/** The localized 404 body, shared by the locale and the global not-found. */
export async function NotFoundPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <PageShell locale={locale} path={routes.home()}>
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p>{t('description')}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link href={routes.home()} locale={locale} className="text-link underline underline-offset-4">
              {t('home')}
            </Link>
          </li>
          <li>
            <Link href={routes.releases()} locale={locale} className="text-link underline underline-offset-4">
              {t('list')}
            </Link>
          </li>
        </ul>
      </div>
    </PageShell>
  );
}
