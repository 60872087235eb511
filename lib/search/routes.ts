import { isLocale, localeConfig, type Locale } from '../../i18n/locales';
import { currentModel, readRecord } from '../content';
import { cacheControl } from '../host/cache-control';
import { staticParams } from '../routes/static-params';
import { buildSearchTexts, documentTerms, indexOfTerms } from './build-index';
import { termsReader } from './terms';
import { searchDocuments, searchManifest, searchPart, searchShard } from './documents';

type Params<T> = { params: Promise<T> };

const bodyText = (locale: Locale, slug: string) => {
  const release = currentModel().release(locale, slug);
  return (release && readRecord(release)?.text) ?? '';
};

const json = (data: unknown) => Response.json(data, { headers: { 'Cache-Control': cacheControl.document } });
const notFound = () => new Response('Not found', { status: 404 });

/** The locale and number of a numbered search file (`/[locale]/…/<n>.json`); undefined for anything else (`01.json`, `x.json`, an unknown locale). */
async function numberedFile(params: Promise<{ locale: string; file: string }>): Promise<{ locale: Locale; number: number } | undefined> {
  const { locale, file } = await params;
  const number = /^(0|[1-9]\d*)\.json$/.exec(file)?.[1];
  return isLocale(locale) && number !== undefined ? { locale, number: Number(number) } : undefined;
}

/** `/[locale]/search-index.json`: how many parts the locale's index is in; fetched by the search page when a reader searches. */
export const searchIndexRoute = {
  generateStaticParams: () => staticParams('search-index', ['locale']),
  GET: async (_request: Request, { params }: Params<{ locale: string }>) => {
    const { locale } = await params;
    return isLocale(locale) ? json(searchManifest(currentModel(), locale)) : notFound();
  },
};

/** `/[locale]/search-index/[n].json`: one part of the index, built at build time (a publish renders the parts it changed). */
export const searchPartRoute = {
  generateStaticParams: () => staticParams('search-part', ['locale', 'file']),
  GET: async (_request: Request, { params }: Params<{ locale: string; file: string }>) => {
    const found = await numberedFile(params);
    if (!found) return notFound();
    const { locale } = found;
    const model = currentModel();
    const part = searchPart(model, locale, found.number);
    if (!part) return notFound();
    const lang = localeConfig[locale].tag;
    const stored = termsReader(locale);
    // Stored terms of the release's current source; a store without them (or behind them) segments here.
    const documents = searchDocuments(model, locale, part).map(({ sourceHash, ...doc }) => {
      const entry = stored(doc.slug);
      return { ...doc, terms: entry?.hash === sourceHash ? entry.terms : documentTerms({ ...doc, text: bodyText(locale, doc.slug) }, lang) };
    });
    return json(indexOfTerms(documents, lang));
  },
};

/** `/[locale]/search-text/[n].json`: one shard of body texts, fetched for the results a reader is shown. */
export const searchTextRoute = {
  generateStaticParams: () => staticParams('search-text', ['locale', 'file']),
  GET: async (_request: Request, { params }: Params<{ locale: string; file: string }>) => {
    const found = await numberedFile(params);
    if (!found) return notFound();
    const { locale } = found;
    const shard = searchShard(currentModel(), locale, found.number);
    if (!shard) return notFound();
    const texts = shard.members.map(({ slug }) => ({ slug, text: bodyText(locale, slug) }));
    return json(buildSearchTexts(texts, localeConfig[locale].tag));
  },
};
