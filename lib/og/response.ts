import { allCardTexts, type CardData } from './card-data';
import { cardPng, renderCardPng } from './render';

/** A card as the HTTP response of its route: rendered once per content change, cached between builds. */
export async function cardResponse(data: CardData): Promise<Response> {
  const { png } = await cardPng(data, (card) => renderCardPng(card, allCardTexts()));
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600' },
  });
}
