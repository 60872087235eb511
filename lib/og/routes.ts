import { isLocale } from '../../i18n/locales';
import { currentModel } from '../content';
import { cacheControl } from '../host/cache-control';
import { cardTexts, defaultCardData, releaseCardData, type CardData } from './card-data';
import { cardPng, renderCardPng } from './render';

const notFound = () => new Response('Not found', { status: 404 });

/**
 * A card's PNG: from the card cache (the content build renders them all), else rendered now and kept, with a
 * font subset of its own texts (16 ms; gathering the whole site's texts took 1 s at 10,000 releases, in every
 * process after every publish). The subset does not change the PNG (lib/og/render.test.ts).
 */
export async function cardBytes(data: CardData): Promise<Buffer> {
  return (await cardPng(data, (card) => renderCardPng(card, cardTexts(card)))).png;
}

async function cardResponse(data: CardData): Promise<Response> {
  return new Response(new Uint8Array(await cardBytes(data)), { headers: { 'Content-Type': 'image/png', 'Cache-Control': cacheControl.card } });
}

/** `/[locale]/media-centre/press-releases/[slug]/og.png`: the release's card, in its language. */
export const releaseCardRoute = {
  GET: async (_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) => {
    const { locale, slug } = await params;
    const release = isLocale(locale) ? currentModel().release(locale, slug) : undefined;
    return release ? cardResponse(releaseCardData(release)) : notFound();
  },
};

/** `/[locale]/og.png`: the locale's card, for home and list pages. */
export const defaultCardRoute = {
  GET: async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    const { locale } = await params;
    return isLocale(locale) ? cardResponse(defaultCardData(locale)) : notFound();
  },
};
