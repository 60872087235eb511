import { releaseCardRoute } from '@/lib/og/routes';

/**
 * The release's card, from the card cache: the content build renders every
 * card before `next build` (lib/og/pool.ts), outside the page renderer, and
 * a release published later gets its card on first request. A server file
 * only: the static export copies the cards into `out/` itself.
 */
export const dynamic = 'force-dynamic';

export const { GET } = releaseCardRoute;
