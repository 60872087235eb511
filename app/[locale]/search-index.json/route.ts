import { isLocale, localeConfig, locales } from '@/i18n/locales';
import { getReleases } from '@/lib/content';
import { buildSearchIndex } from '@/lib/search/build-index';

// Built per locale at build time; the search page fetches it when a reader searches.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/search-index.json'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return Response.json(buildSearchIndex(getReleases(locale), localeConfig[locale].tag), {
    headers: { 'Cache-Control': 'public, max-age=600' },
  });
}
