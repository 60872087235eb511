import { currentModel } from '@/lib/content';
import { cacheControl } from '@/lib/host/cache-control';
import { sitemapIndexXml } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

/** The sitemap index: one sitemap of pages, one per year of releases. */
export function GET() {
  return new Response(sitemapIndexXml(currentModel()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': cacheControl.document },
  });
}
