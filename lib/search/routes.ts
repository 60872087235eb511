import { isLocale, localeConfig, type Locale } from '../../i18n/locales';
import { currentModel, readRecord } from '../content';
import { cacheControl } from '../host/cache-control';
import { staticParams } from '../routes/static-params';
import { buildSearchTexts, documentTerms, indexOfTerms } from './build-index';
import { readTerms } from './terms';
import { searchDocuments, searchShard } from './documents';

type Params<T> = { params: Promise<T> };

const bodyText = (locale: Locale, slug: string) => {
  const release = currentModel().release(locale, slug);
  return (release && readRecord(release)?.text) ?? '';
};

const json = (data: unknown) => Response.json(data, { headers: { 'Cache-Control': cacheControl.document } });
const notFound = () => new Response('Not found', { status: 404 });

/** `/[locale]/search-index.json`: built at build time, fetched by the search page when a reader searches. */
export const searchIndexRoute = {
  generateStaticParams: () => staticParams('search-index', ['locale']),
  GET: async (_request: Request, { params }: Params<{ locale: string }>) => {
    const { locale } = await params;
    if (!isLocale(locale)) return notFound();
    const lang = localeConfig[locale].tag;
    const model = currentModel();
    const stored = readTerms(locale) ?? {};
    // Stored terms of the release's current source; a store without them (or behind them) segments here.
    const documents = searchDocuments(model, locale).map(({ sourceHash, ...doc }) => {
      const entry = stored[doc.slug];
      return { ...doc, terms: entry?.hash === sourceHash ? entry.terms : documentTerms({ ...doc, text: bodyText(locale, doc.slug) }, lang) };
    });
    return json(indexOfTerms(documents, lang));
  },
};

/** `/[locale]/search-text/[n].json`: one shard of body texts, fetched for the results a reader is shown. */
export const searchTextRoute = {
  generateStaticParams: () => staticParams('search-text', ['locale', 'file']),
  GET: async (_request: Request, { params }: Params<{ locale: string; file: string }>) => {
    const { locale, file } = await params;
    const number = /^(\d+)\.json$/.exec(file)?.[1];
    if (!isLocale(locale) || number === undefined) return notFound();
    const shard = searchShard(currentModel(), locale, Number(number));
    if (!shard) return notFound();
    const texts = shard.members.map(({ slug }) => ({ slug, text: bodyText(locale, slug) }));
    return json(buildSearchTexts(texts, localeConfig[locale].tag));
  },
};
