import { topicFeedRoute } from '@/lib/feeds/routes';

// Built once per locale and topic at build time (Next reads these literally).
export const dynamic = 'force-static';
// A topic's first release, published after the build, brings its feeds with it (the proxy has vetted the path).
export const dynamicParams = true;

export const { generateStaticParams, GET } = topicFeedRoute('json');
