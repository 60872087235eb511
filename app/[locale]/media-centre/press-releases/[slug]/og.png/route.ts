import { releaseCardRoute } from '@/lib/og/routes';

// Every card is rendered at build time; a release published later gets its card on first request.
export const dynamic = 'force-static';
export const dynamicParams = true;

export const { generateStaticParams, GET } = releaseCardRoute;
