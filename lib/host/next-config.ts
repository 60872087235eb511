/**
 * What next.config.mjs takes from the portal's TypeScript (it imports this
 * file through tsx, so nothing is kept twice in plain JavaScript).
 */
import { codeVersion } from '../publish/code-version';
import { securityHeaders } from './security-headers';

/** Response headers for `next start`: the security headers on everything (Next sets hashed assets immutable itself). */
export function nextHeaders() {
  return [{ source: '/:path*', headers: securityHeaders() }];
}

export { codeVersion };
export { distDir } from '../content/store/location';
export { siteUrlProblem } from '../site/origins';
