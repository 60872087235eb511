import { NextResponse, type NextRequest } from 'next/server';
import { currentModel } from './lib/content';
import { decide } from './lib/host/contract';
import { notFoundResponse } from './lib/host/not-found-page';
import { currentHostSite, hostSite } from './lib/host/site';

/**
 * Every request's first answer comes from the host contract (lib/host):
 * `/` and old permalinks to the reader's language, unknown paths to the
 * localized 404, anything but GET/HEAD refused. The 404 is the prerendered
 * page's HTML, answered here: no rewrite, so neither the address the server
 * is bound to nor the `Host` a request names can change it (a rewrite to
 * `request.url` became a proxied request to `localhost` under
 * `next start -H 127.0.0.1`, and hung for 30 s).
 */
export default function proxy(request: NextRequest) {
  const decision = decide(
    { method: request.method, path: request.nextUrl.pathname, acceptLanguage: request.headers.get('accept-language') },
    currentHostSite() ?? hostSite(currentModel()),
  );
  switch (decision.kind) {
    case 'pass':
      return NextResponse.next();
    case 'redirect': {
      // Next wants an absolute Location; it makes it relative again when the origin is its own.
      const response = NextResponse.redirect(new URL(decision.location, request.url), decision.status);
      if (decision.varyLanguage) response.headers.set('Vary', 'Accept-Language');
      return response;
    }
    case 'not-found': {
      const response = notFoundResponse(decision.locale, request);
      if (decision.varyLanguage) response.headers.set('Vary', 'Accept-Language');
      return response;
    }
    case 'method-not-allowed':
      return new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
}

export const config = {
  // Everything but Next's own hashed assets, which exist or are a plain 404.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
