import { revalidatePath } from 'next/cache';
// Next's internals (next is pinned, package.json): the request's work store, and the function Next itself
// runs to write a request's revalidations. The store is the one every bundle shares (an `.external` module).
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { executeRevalidates } from 'next/dist/server/revalidation-utils';

/**
 * `revalidatePath` for each path, written to the cache (Redis, with every process's tags) before it returns.
 *
 * In a route handler Next writes the revalidations after the response, under `waitUntil`. The publisher
 * requests the changed pages as soon as `POST /api/publish` answers: a request that reached another process
 * before the write was served the old copy, and nginx kept it for its micro-cache's lifetime (one run of the
 * server publish test in seven). Server actions already wait; this does the same for the endpoint. The
 * pending list is emptied once written, or Next would write every tag again after the response, with a later
 * time than the pages the publisher has meanwhile rendered, and the next reader would render them again.
 */
export async function revalidatePathsNow(paths: readonly string[]): Promise<void> {
  for (const path of paths) revalidatePath(path);
  const store = workAsyncStorage.getStore();
  if (!store) throw new Error('revalidatePathsNow: not inside a request (no work store)');
  if (typeof executeRevalidates !== 'function')
    throw new Error('revalidatePathsNow: next no longer exports executeRevalidates; see lib/host/revalidate-now.ts');
  await executeRevalidates(store);
  store.pendingRevalidatedTags = [];
}
