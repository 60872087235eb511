import { isLocale, localeConfig } from '../../i18n/locales';
import { currentModel, readRecord } from '../content';
import { cacheControl } from '../host/cache-control';
import { staticParams } from '../routes/static-params';
import { buildSearchIndex } from './build-index';

/** `/[locale]/search-index.json`: built at build time, fetched by the search page when a reader searches. */
export const searchIndexRoute = {
  generateStaticParams: () => staticParams('search-index', ['locale']),
  GET: async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    const { locale } = await params;
    if (!isLocale(locale)) return new Response('Not found', { status: 404 });
    const documents = currentModel()
      .releases(locale)
      .map((release) => ({ slug: release.slug, title: release.title, day: release.published.day, summary: release.summary, text: readRecord(release)?.text ?? '' }));
    return Response.json(buildSearchIndex(documents, localeConfig[locale].tag), { headers: { 'Cache-Control': cacheControl.document } });
  },
};
