import { describe, expect, it } from 'vitest';
import { runtimeFiles, unpatched } from './patch-next';

describe('the postinstall patch of Next (scripts/install/patch-next.ts)', () => {
  it('leaves no runtime measuring every cache entry with JSON.stringify', () => {
    const files = runtimeFiles();
    // The runtimes `next start` and `next build` load for app routes and pages are among them.
    expect(files.some((file) => file.endsWith('app-route-turbo.runtime.prod.js'))).toBe(true);
    expect(files.some((file) => file.endsWith('app-page-turbo.runtime.prod.js'))).toBe(true);
    expect(unpatched(files)).toEqual([]);
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
