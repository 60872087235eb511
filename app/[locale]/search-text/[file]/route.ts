import { searchTextRoute } from '@/lib/search/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = searchTextRoute;
