import { defaultCardRoute } from '@/lib/og/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = defaultCardRoute;
