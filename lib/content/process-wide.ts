/**
 * One value per process, whichever copy of a module asks for it. Next bundles server code once per kind
 * of entry: the pages, the route handlers (feeds, sitemaps, search, cards) and the proxy each run their
 * own instance of `lib/`. Module-level state is then per instance, and every instance parsed the store's
 * 11 MB index and built the model again after each publish (about 0.25 s of CPU each at 10,000
 * releases, BENCHMARKS.md). What is kept here is kept once, on `globalThis`, under a registered symbol.
 * Not under `next dev`, where an edited module is evaluated again and must not find what its old code
 * computed.
 */
export function processWide<T>(name: string, create: () => T): T {
  if (process.env.NODE_ENV === 'development') return create();
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`media-centre-portal:${name}`);
  return (holder[key] ??= create());
}
