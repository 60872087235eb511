import type { SiteModel } from '../content/model';
import { legacyRedirects, type LegacyRedirect } from './legacy';

/**
 * What hosts without the portal's code need from a content build: written
 * to the store as `host.json`, and rendered as `_redirects` and nginx maps
 * by the static build. The server shape answers the same from the live model.
 */
export type HostArtefacts = { legacy: LegacyRedirect[] };

export function hostArtefacts(model: SiteModel): HostArtefacts {
  return { legacy: legacyRedirects(model) };
}
