import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { localePath, routes } from '@/lib/routes/paths';

/** A plain GET form to the search page: works on every page with no JavaScript of its own. */
export async function HeaderSearch() {
  const t = await getTranslations('Search');
  const locale = (await getLocale()) as Locale;
  return (
    <form role="search" aria-label={t('label')} action={localePath(locale, routes.search())} method="get" className="flex gap-1">
      <label htmlFor="header-search" className="sr-only">
        {t('label')}
      </label>
      <input id="header-search" type="search" name="q" className="w-36 rounded border border-muted bg-surface px-2 py-1 text-sm sm:w-48" />
      <button type="submit" className="rounded border border-muted px-2 py-1 text-sm font-medium">
        {t('button')}
      </button>
    </form>
  );
}
