import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';

// What `next start` sets up before any of its modules loads (node-environment): Next's stores need it.
Object.assign(globalThis, { AsyncLocalStorage });
const { workAsyncStorage } = await import('next/dist/server/app-render/work-async-storage.external');
const { revalidatePathsNow } = await import('./revalidate-now');

/** A request's work store with a cache that takes its time to write, as Redis does. */
function requestStore() {
  const written: string[][] = [];
  const incrementalCache = {
    revalidateTag: async (tags: string[]) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      written.push(tags);
    },
  };
  const store = { route: '/api/publish', incrementalCache, cacheLifeProfiles: {} } as unknown as NonNullable<ReturnType<typeof workAsyncStorage.getStore>>;
  return { store, written };
}

describe('revalidatePathsNow', () => {
  it('has written every path tag to the cache when it returns, and leaves nothing for Next to write again', async () => {
    const { store, written } = requestStore();
    await workAsyncStorage.run(store, () => revalidatePathsNow(['/en/feed.xml', '/zh/']));
    expect(written.flat().sort()).toEqual(['_N_T_/en/feed.xml', '_N_T_/zh'].sort());
    expect(store.pendingRevalidatedTags).toEqual([]);
  });

  it('says so outside a request', async () => {
    await expect(revalidatePathsNow(['/en/'])).rejects.toThrow(/static generation store missing|not inside a request/);
  });
});
