import { defaultLocale } from '@/i18n/locales';

/**
 * `output: export` refuses a dynamic route whose generateStaticParams is
 * empty (a site with no second page yet). There, the route gets one page 1
 * URL, which renders the 404 page and which the static finishing step turns
 * into a redirect to the listing (page 1 has no URL of its own).
 */
export function withExportPlaceholder<T extends { page: string }>(params: T[], placeholder: Omit<T, 'page' | 'locale'>): T[] {
  if (params.length > 0 || process.env.STATIC_EXPORT !== '1') return params;
  return [{ ...placeholder, locale: defaultLocale, page: '1' } as unknown as T];
}
