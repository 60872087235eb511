import { isLocale, locales } from '@/i18n/locales';
import { defaultCard } from '@/lib/og/card-data';
import { cardResponse } from '@/lib/og/response';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** The locale's default card, for the home and list pages. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/og.png'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return cardResponse(defaultCard(locale));
}
