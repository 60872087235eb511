import { searchPartRoute } from '@/lib/search/routes';

// Built once per part at build time. A publish that adds releases can add a part: params outside
// the list render on demand, as for the text shards (app/[locale]/search-text/[file]/route.ts).
export const dynamic = 'force-static';

export const { generateStaticParams, GET } = searchPartRoute;
