import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/sitemap';

// A file at build time, for the server and the static export alike.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}
