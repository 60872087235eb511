import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isLocale } from './i18n/locales';
import { routing } from './i18n/routing';
import { manifestKey, prerenderedPages } from './lib/prerendered-pages';

const intl = createMiddleware(routing);

/**
 * 1. next-intl: `/` and unprefixed paths go to the reader's language
 *    (Accept-Language, else English).
 * 2. A path under a locale that is not a prerendered page is answered with
 *    that locale's prerendered 404 page and status 404.
 *
 * Why not Next's own `notFound()`: in Next 16.1–16.4 production builds a 404
 * raised while rendering (notFound(), or a param outside generateStaticParams)
 * is sent as an empty `<html id="__next_error__">` shell, blank without
 * JavaScript and without `lang` (vercel/next.js#98295, #98954). Serving a
 * prerendered page keeps 404s static, localized and readable.
 */
export default function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.has('location')) return response;

  const { pathname } = request.nextUrl;
  const locale = pathname.split('/')[1];
  const pages = prerenderedPages();
  if (!pages || !isLocale(locale)) return response;

  const notFoundPath = `/${locale}/404/`;
  if (pages.has(manifestKey(pathname)) && pathname !== notFoundPath) return response;
  return NextResponse.rewrite(new URL(notFoundPath, request.url), { status: 404, headers: response.headers });
}

export const config = {
  // Skip Next internals and files with an extension (feeds, sitemap, icons).
  matcher: ['/((?!_next|_vercel|.*\\..*).*)'],
};
