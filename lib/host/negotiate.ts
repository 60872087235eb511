import Negotiator from 'negotiator';

/**
 * The reader's language among `available`, by the `Accept-Language` header
 * with its quality values (RFC 9110 §12.5.4), through `negotiator` (the
 * library Express uses): `fr, zh;q=0.8` → zh; `zh-TW` and `zh-Hant-HK`
 * match zh by their primary subtag; nothing acceptable → `fallback`.
 * The same code runs in Next's proxy, in nginx (njs, see lib/host/nginx.ts)
 * and in the static language chooser.
 */
export function negotiateLocale<T extends string>(acceptLanguage: string | undefined | null, available: readonly T[], fallback: T): T {
  // An absent or blank header accepts anything: the fallback, not whichever language is listed first.
  if (!acceptLanguage?.trim()) return fallback;
  const best = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...available]);
  return (best as T | undefined) ?? fallback;
}
