import { readFileSync } from 'node:fs';
import { currentModel } from '../content/store/read';
import { siteOutputs, type RouteId } from './outputs';

/**
 * A partial static build (publishing into an existing `out/`) renders only
 * the outputs listed in PORTAL_RENDER_ONLY (a file of paths, one per line).
 */
function renderOnly(): Set<string> | undefined {
  const file = process.env.PORTAL_RENDER_ONLY?.trim();
  return file ? new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)) : undefined;
}

/**
 * `generateStaticParams` of a route, from the site's outputs: the params of
 * every output the route renders (narrowed to `where`), keeping the keys
 * `keys` (the route's own segments; Next adds parent segments itself only
 * for pages, so card and feed routes list the locale too).
 */
export function staticParams(route: RouteId, keys: string[], where: Record<string, string> = {}): Record<string, string>[] {
  const only = renderOnly();
  return siteOutputs(currentModel())
    .filter((output) => output.route === route && (!only || only.has(output.path)))
    .filter((output) => Object.entries(where).every(([key, value]) => output.params[key] === value))
    .map((output) => Object.fromEntries(keys.map((key) => [key, output.params[key]!])));
}
