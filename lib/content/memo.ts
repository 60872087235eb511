import type { SiteModel } from './model';
import type { ReleaseMeta } from './record';
import { processWide } from './process-wide';

/**
 * `compute` once per model and key. What pages derive from a model is pure,
 * and a build or a publish asks for the same derivations thousands of times
 * (every page of a listing wants the listing's slots): at 10,000 releases,
 * computing them again each time was most of a publish. Cached once per process under `name` (unique
 * in the code base: memo.test.ts), so the pages and the route handlers, bundled apart, share one result.
 */
export function perModel<V>(name: string, compute: (model: SiteModel, key: string) => V): (model: SiteModel, key: string) => V {
  const cache = processWide(`per-model:${name}`, () => new WeakMap<SiteModel, Map<string, V>>());
  return (model, key) => {
    let values = cache.get(model);
    if (!values) cache.set(model, (values = new Map()));
    if (!values.has(key)) values.set(key, compute(model, key));
    return values.get(key)!;
  };
}

/**
 * `compute` once per release object. Every process builds a new model after each publish, but the
 * index's shards the publish did not rewrite hold the same release objects (lib/content/store/index-file.ts):
 * what is worked out of one release alone is then worked out once, not once per model.
 */
export function perRelease<V>(name: string, compute: (release: ReleaseMeta) => V): (release: ReleaseMeta) => V {
  const cache = processWide(`per-release:${name}`, () => new WeakMap<ReleaseMeta, V>());
  return (release) => {
    let value = cache.get(release);
    if (value === undefined) cache.set(release, (value = compute(release)));
    return value;
  };
}
