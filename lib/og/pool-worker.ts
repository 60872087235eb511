import { workerData } from 'node:worker_threads';
import type { CardData } from './card-data';
import { cardPng, renderCardPng } from './render';

/** One worker of lib/og/pool.ts: renders its share of cards into the card cache. */
const { cards, fontTexts } = workerData as { cards: CardData[]; fontTexts: string[] };
for (const card of cards) await cardPng(card, (data) => renderCardPng(data, fontTexts));
