import type { SiteModel } from '../content/model';
import { legacyRedirects, type LegacyRedirect } from './legacy';

/**
 * What hosts without the portal's code need from a content build: the old
 * permalinks' redirects, kept in the store's host tables (lib/host/host-file.ts)
 * and rendered as `_redirects` and nginx maps by the static build. The server
 * shape answers the same from those tables (lib/host/site.ts).
 */
export type HostArtefacts = { legacy: LegacyRedirect[] };

export function hostArtefacts(model: SiteModel): HostArtefacts {
  return { legacy: legacyRedirects(model) };
}
