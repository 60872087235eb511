import { isLocale, locales } from '@/i18n/locales';
import { getRelease, getReleases } from '@/lib/content';
import { releaseCard } from '@/lib/og/card-data';
import { cardResponse } from '@/lib/og/response';

// Every card is rendered at build time; none on request.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getReleases(locale).map((release) => ({ locale, slug: release.slug })));
}

/** The release's Open Graph card (1200×630 PNG), in the release's language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/media-centre/press-releases/[slug]/og.png'>) {
  const { locale, slug } = await params;
  const release = isLocale(locale) ? getRelease(locale, slug) : undefined;
  if (!release) return new Response('Not found', { status: 404 });
  return cardResponse(releaseCard(release));
}
