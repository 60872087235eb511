import path from 'node:path';
import { site } from '../site/config';
import type { ReadOptions } from './read';

/** How this site reads its content: where public files are, which paths still live on the legacy site, its time zone. */
export function readOptions(): ReadOptions {
  return {
    publicDir: path.resolve(/* turbopackIgnore: true */ 'public'),
    legacyOrigin: site.legacyOrigin,
    legacyPathPrefixes: site.legacyPathPrefixes,
    timeZone: site.timeZone,
  };
}
