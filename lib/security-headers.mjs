// Plain JavaScript: read by next.config.mjs (server) and by the static-host config generator.

/**
 * The Content-Security-Policy. Next inlines its bootstrap and RSC payload as
 * `<script>` tags that differ per page; prerendered pages cannot carry a
 * per-request nonce, so scripts need 'unsafe-inline' (still no 'unsafe-eval',
 * and no origin but our own). Style attributes come from React; styles too.
 *
 * @param {{ legacyImageOrigin?: string }} [options] the legacy origin, only when some body shows an image from it
 */
export function contentSecurityPolicy({ legacyImageOrigin } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${legacyImageOrigin ? ` ${legacyImageOrigin}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every response carries these; the static-host configs repeat them from this one list. */
export function securityHeaders(options = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
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
