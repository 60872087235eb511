import { site } from '../site/config';

/**
 * The Content-Security-Policy. Next inlines its bootstrap and RSC payload as
 * `<script>` tags that differ per page; prerendered pages cannot carry a
 * per-request nonce, so scripts need 'unsafe-inline' (still no 'unsafe-eval',
 * and no origin but our own). Images may come from the agency's legacy site,
 * where bodies' images still live.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${site.legacyOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export type Header = { key: string; value: string };

/** Every response carries these, from whichever server answers. */
export function securityHeaders(): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()',
    },
  ];
}
