import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataDir } from '../content/store/location';

/**
 * Language negotiation (lib/host/negotiate.ts with `negotiator`) as one
 * ES5 script that defines `portalNegotiate(header, available, fallback)`:
 * nginx runs it through njs, and the static language chooser (`/`) runs it
 * in the browser. Built by the content build (scripts/content/negotiate-bundle.ts).
 */
export const negotiateBundleFile = () => path.join(/* turbopackIgnore: true */ buildDataDir(), 'negotiate.js');

export function negotiateBundle(): string {
  const file = negotiateBundleFile();
  if (!existsSync(file)) throw new Error(`${file} is missing: the content build writes it (npm run build).`);
  return readFileSync(file, 'utf8');
}
