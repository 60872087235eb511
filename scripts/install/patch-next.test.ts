import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPatched, moved, patches, patchText, unpatched } from './patch-next';

const require = createRequire(import.meta.url);

describe('the postinstall patches of Next (scripts/install/patch-next.ts)', () => {
  it.each(Object.keys(patches) as (keyof typeof patches)[])('%s: every file that had the code is patched, and the code is where the patch looks', (name) => {
    const patch = patches[name];
    const files = patch.files(path.dirname(require.resolve('next/package.json')));
    // The runtime `next build` and `next start` load for app pages (Turbopack) is among them.
    expect(files.some((file) => file.endsWith('app-page-turbo.runtime.prod.js'))).toBe(true);
    expect(unpatched(patch)).toEqual([]);
    expect(moved(patch)).toEqual([]);
  });

  it('no per-segment prefetch data: the collection returns before it starts, patched once however often the install runs', () => {
    const patch = patches.noSegmentPrefetch;
    // The function as Next 16.4.6 ships it, minified and as source.
    const minified = 'async function s1(e,t,r,n,a,i){let s,{clientModules:o,edgeRscModuleMapping:l,rscModuleMapping:u}={};i.segmentData=1}';
    const source =
      'async function collectSegmentData(fullPageDataBuffer, prerenderStore, ComponentMod, renderOpts, pagePath, metadata) {\n    // Per-segment prefetch data\n    metadata.segmentData = 1;\n}';
    const segmentDataOf = (text: string) => {
      const metadata: { segmentData?: number } = {};
      const call = text.includes('collectSegmentData(') ? 'collectSegmentData' : 's1';
      new Function('metadata', `${text}; ${call}(0, 0, 0, 0, 0, metadata);`)(metadata);
      return metadata.segmentData;
    };
    for (const text of [minified, source]) {
      const once = patchText(patch, text);
      expect(isPatched(patch, text)).toBe(false);
      expect(isPatched(patch, once)).toBe(true);
      expect(patchText(patch, once)).toBe(once);
      // Run: the function as shipped writes segment data, the patched one none.
      expect(segmentDataOf(text)).toBe(1);
      expect(segmentDataOf(once)).toBeUndefined();
    }
  });

  it('measures only fetch-cache entries, which the 2 MB limit is for', async () => {
    const { IncrementalCache } = (await import('next/dist/server/lib/incremental-cache/index.js')) as unknown as {
      IncrementalCache: new (options: Record<string, unknown>) => { set: (key: string, data: unknown, ctx: Record<string, unknown>) => Promise<void> };
    };
    let measured = 0;
    const body = { toJSON: () => ((measured += 1), 'x') };
    const stored: string[] = [];
    class Handler {
      async get() {
        return null;
      }
      async set(key: string) {
        stored.push(key);
      }
      async revalidateTag() {}
      resetRequestCache() {}
    }
    const cache = new IncrementalCache({
      dev: false,
      minimalMode: false,
      requestHeaders: {},
      allowedRevalidateHeaderKeys: [],
      fetchCacheKeyPrefix: '',
      maxMemoryCacheSize: 0,
      CurCacheHandler: Handler,
      previewProps: { previewModeId: 'test', previewModeSigningKey: 'test', previewModeEncryptionKey: 'test' },
      prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, preview: {}, notFoundRoutes: [] },
    });
    await cache.set(
      '/en/search-index.json',
      { kind: 'APP_ROUTE', status: 200, headers: {}, body },
      { route: { kind: 'APP_ROUTE', sourceRoute: '/[locale]/search-index.json' }, cacheControl: { revalidate: false } },
    );
    expect(stored.length).toBe(1);
    expect(measured).toBe(0);
    await cache.set('fetch-key', { kind: 'FETCH', data: { headers: {}, body, status: 200, url: 'x' }, revalidate: 60 }, { fetchCache: true, fetchUrl: 'x' });
    expect(stored.length).toBe(2);
    expect(measured).toBe(1);
  });
});
