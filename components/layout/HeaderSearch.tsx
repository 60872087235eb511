import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { routes } from '@/lib/routes';

/** A plain GET form to the search page: works on every page with no JavaScript of its own. */
export async function HeaderSearch({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form role="search" action={`/${locale}${routes.search()}`} method="get" className="flex gap-1">
      <label htmlFor="header-search" className="sr-only">
        {t('label')}
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        className="w-36 rounded border border-muted bg-surface px-2 py-1 text-sm sm:w-48"
      />
      <button type="submit" className="rounded border border-muted px-2 py-1 text-sm font-medium">
        {t('button')}
      </button>
    </form>
  );
}
