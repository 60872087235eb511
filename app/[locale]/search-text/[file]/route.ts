import { searchTextRoute } from '@/lib/search/routes';

// Built once per shard at build time. A publish that adds releases can add a shard: params outside
// the list render on demand (Next's default; a static export rejects an explicit
// `dynamicParams = true`). `false` here answered 404 to a new shard until the next build.
export const dynamic = 'force-static';

export const { generateStaticParams, GET } = searchTextRoute;
