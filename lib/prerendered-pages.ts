import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The set of pages `next build` prerendered, read once from its manifest.
 * Every page of this portal is prerendered, so a path outside this set is a
 * 404. Returns undefined in `next dev` or without a manifest, meaning
 * "unknown: let Next decide".
 */
let cached: Set<string> | null | undefined;

export function prerenderedPages(distDir = process.env.NEXT_DIST_DIR || '.next'): Set<string> | undefined {
  // `next dev` renders on demand (and its notFound() works); a manifest there is stale or partial.
  if (process.env.NODE_ENV === 'development') return undefined;
  if (cached === undefined) {
    try {
      const manifestPath = path.join(process.cwd(), distDir, 'prerender-manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { routes: Record<string, unknown> };
      cached = new Set(Object.keys(manifest.routes));
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}

/** Manifest keys have no trailing slash; URLs here always do. */
export function manifestKey(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}
