import type { MetadataRoute } from 'next';
import { currentModel } from '@/lib/content';
import { staticParams } from '@/lib/routes/static-params';
import { sitemap } from '@/lib/seo/sitemap';

// Files at build time, for the server and the static export alike: `/sitemaps/sitemap/<id>.xml`, listed by `/sitemap.xml`.
export const dynamic = 'force-static';

/** Every sitemap of the site's outputs; in a partial static build, only those it renders (92 at 10,000 releases). */
export async function generateSitemaps() {
  return staticParams('sitemap', ['id']);
}

export default async function sitemapFile({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return sitemap(currentModel(), await id) ?? [];
}
