import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { metasOf, modelOf } from '../testing/corpus';

/** A fresh instance of memo.ts, as another Next bundle (pages, route handlers, proxy) has one. */
async function freshMemo() {
  vi.resetModules();
  return import('./memo');
}

describe('derivations once per model and process', () => {
  it('computes a derivation once for two module instances of the code that asks for it', async () => {
    const model = modelOf(await metasOf([{ slug: 'one', date: '2024-01-01', title: 'One', body: 'One.' }]));
    const compute = vi.fn((_model: unknown, key: string) => ({ key }));
    const [first, second] = [(await freshMemo()).perModel('memo-test', compute), (await freshMemo()).perModel('memo-test', compute)];
    const value = first(model, 'en');
    expect(second(model, 'en')).toBe(value);
    expect(compute).toHaveBeenCalledTimes(1);
    // Another model is computed again.
    second(modelOf(await metasOf([{ slug: 'two', date: '2024-01-02', title: 'Two', body: 'Two.' }])), 'en');
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('computes a release derivation once per release object, for two module instances', async () => {
    const [release] = await metasOf([{ slug: 'one', date: '2024-01-01', title: 'One', body: 'One.' }]);
    const compute = vi.fn((of: { slug: string }) => ({ slug: of.slug }));
    const [first, second] = [(await freshMemo()).perRelease('memo-test', compute), (await freshMemo()).perRelease('memo-test', compute)];
    expect(second(release!)).toBe(first(release!));
    expect(compute).toHaveBeenCalledTimes(1);
    // An equal release in another object (a shard a publish rewrote) is worked out again.
    second({ ...release! });
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('gives every derivation in the code base a name of its own', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(path.join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
      );
    const names = ['lib', 'components', 'app'].flatMap(sources).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/per(?:Model|Release)\(\s*'([^']+)'/g)].map((m) => m[1]));
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => name !== 'memo-test').length).toBe(new Set(names.filter((name) => name !== 'memo-test')).size);
  });
});
