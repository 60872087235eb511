import { topicFeedRoute } from '@/lib/listing-feed';

// Built once per locale and topic at build time (Next reads these two literally).
export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = topicFeedRoute('rss');
