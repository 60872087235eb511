import { readFileSync } from 'node:fs';
import { defaultLocale } from '../../i18n/locales';
import { currentModel } from '../content/store/read';
import { siteOutputs, type Output, type RouteId } from './outputs';

/** An output as a partial build's render list names it: enough for `generateStaticParams`, without the model. */
export type RenderEntry = Pick<Output, 'path' | 'route' | 'params'>;

/**
 * A partial static build (publishing into an existing `out/`) renders only
 * the outputs listed in PORTAL_RENDER_ONLY (a JSON file of `RenderEntry`).
 * Each route asks in each language, in each of Next's workers: reading them
 * from the list spares every worker loading the archive's model for it.
 */
function renderOnly(): readonly RenderEntry[] | undefined {
  const file = process.env.PORTAL_RENDER_ONLY?.trim();
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as RenderEntry[]) : undefined;
}

/** The param value of a static export's stand-in page (see `staticParams`); no topic, slug or page has it. */
export const PLACEHOLDER = '__none__';

/**
 * `generateStaticParams` of a route, from the site's outputs: the params of
 * every output the route renders (narrowed to `where`), keeping the keys
 * `keys` (the route's own segments; Next passes parent segments itself only
 * to pages, so card and feed routes list the locale too).
 *
 * A static export refuses a dynamic route with no params at all (a site
 * with no topics yet, or a partial build that renders none of a route's
 * pages): there, the route gets one stand-in whose params no page has. It
 * renders the 404, and the static build deletes it (scripts/static).
 */
export function staticParams(route: RouteId, keys: string[], where: Record<string, string> = {}): Record<string, string>[] {
  const params = (renderOnly() ?? siteOutputs(currentModel()))
    .filter((output) => output.route === route)
    .filter((output) => Object.entries(where).every(([key, value]) => output.params[key] === value))
    .map((output) => Object.fromEntries(keys.map((key) => [key, output.params[key]!])));
  if (params.length || process.env.STATIC_EXPORT !== '1') return params;
  return [Object.fromEntries(keys.map((key) => [key, key === 'locale' ? defaultLocale : PLACEHOLDER]))];
}
