import { localeFeedRoute } from '@/lib/feeds/routes';

// Built once per locale at build time (Next reads these two literally).
export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = localeFeedRoute('atom');
