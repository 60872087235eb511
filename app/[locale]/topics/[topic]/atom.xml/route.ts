import { topicFeedRoute } from '@/lib/feeds/routes';

// Built once per locale and topic at build time. A topic's first release, published after
// the build, brings its feeds with it: params outside the list render on demand (Next's
// default; a static export rejects an explicit `dynamicParams = true`).
export const dynamic = 'force-static';

export const { generateStaticParams, GET } = topicFeedRoute('atom');
