import { defaultLocale } from '../../i18n/locales';
import { currentModel } from '../content/store/read';
import { siteOutputs, type RouteId } from './outputs';
import { renderList } from './render-list';

/** The param value of a static export's stand-in page (see `staticParams`); no topic, slug or page has it. */
export const PLACEHOLDER = '__none__';

/**
 * `generateStaticParams` of a route, from the site's outputs: the params of
 * every output the route renders (narrowed to `where`), keeping the keys
 * `keys` (the route's own segments; Next passes parent segments itself only
 * to pages, so card and feed routes list the locale too). A partial static
 * build takes them from the publisher's render list (./render-list.ts): each
 * route asks in each language, in each of Next's workers, and the list spares
 * every worker loading the archive's model for it.
 *
 * A static export refuses a dynamic route with no params at all (a site
 * with no topics yet, or a partial build that renders none of a route's
 * pages): there, the route gets one stand-in whose params no page has. It
 * renders the 404, and the static build deletes it (scripts/static).
 */
export async function staticParams(route: RouteId, keys: string[], where: Record<string, string> = {}): Promise<Record<string, string>[]> {
  const params = ((await renderList()) ?? siteOutputs(currentModel()))
    .filter((output) => output.route === route)
    .filter((output) => Object.entries(where).every(([key, value]) => output.params[key] === value))
    .map((output) => Object.fromEntries(keys.map((key) => [key, output.params[key]!])));
  if (params.length || process.env.STATIC_EXPORT !== '1') return params;
  return [Object.fromEntries(keys.map((key) => [key, key === 'locale' ? defaultLocale : PLACEHOLDER]))];
}
