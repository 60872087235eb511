import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import type { Locale } from '../../i18n/locales';
import { distDir } from '../content/store/location';
import { localePath, routes } from '../routes/paths';
import { cacheControl } from './cache-control';
import { securityHeaders } from './security-headers';

const pages = new Map<Locale, string | null>();

/** The prerendered 404 page of a locale, read once from the build (absent under `next dev`). */
function prerendered(locale: Locale): string | null {
  if (!pages.has(locale)) {
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), distDir(), 'server', 'app', locale, '404.html');
    try {
      pages.set(locale, readFileSync(file, 'utf8'));
    } catch {
      pages.set(locale, null);
    }
  }
  return pages.get(locale)!;
}

/** The localized 404: the prerendered page with status 404, or under `next dev` (nothing prerendered) the page itself. */
export function notFoundResponse(locale: Locale, request: NextRequest): NextResponse {
  const html = prerendered(locale);
  if (html === null) {
    const url = request.nextUrl.clone();
    url.pathname = localePath(locale, routes.notFound());
    return NextResponse.rewrite(url, { status: 404 });
  }
  const headers = new Headers([...securityHeaders().map(({ key, value }): [string, string] => [key, value])]);
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.set('Cache-Control', cacheControl.document);
  return new NextResponse(request.method === 'HEAD' ? null : html, { status: 404, headers });
}
