import type { MetadataRoute } from 'next';
import { currentModel } from '@/lib/content';
import { sitemap, sitemapIds } from '@/lib/seo/sitemap';

// Files at build time, for the server and the static export alike: `/sitemaps/sitemap/<id>.xml`, listed by `/sitemap.xml`.
export const dynamic = 'force-static';

export async function generateSitemaps() {
  return sitemapIds(currentModel()).map((id) => ({ id }));
}

export default async function sitemapFile({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return sitemap(currentModel(), await id) ?? [];
}
