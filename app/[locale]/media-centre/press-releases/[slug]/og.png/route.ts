import { releaseCardRoute } from '@/lib/og/routes';

// Every card is rendered at build time; a release published later gets its card on first
// request (params outside the list render on demand, Next's default).
export const dynamic = 'force-static';

export const { generateStaticParams, GET } = releaseCardRoute;
