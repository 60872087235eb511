import { defaultCardRoute } from '@/lib/og/routes';

/** The locale's card, for home and list pages, from the card cache (see the release card's route). */
export const dynamic = 'force-dynamic';

export const { GET } = defaultCardRoute;
