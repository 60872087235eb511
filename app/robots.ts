import type { MetadataRoute } from 'next';
import { siteFiles } from '@/lib/routes/paths';
import { site } from '@/lib/site/config';

// A file at build time, for the server and the static export alike.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: `${site.url}${siteFiles.sitemapIndex}` };
}
