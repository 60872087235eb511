import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestStore } from '../../testing/store';
import { writeCorpus } from '../corpus';
import { readShardedIndex } from './index-file';
import { storeFiles } from './location';
import { dealShards, readShards, SHARD_COUNT, shardOf, writeShards } from './shards';

const root = mkdtempSync(path.join(tmpdir(), 'ut-shards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const keys = Array.from({ length: 200 }, (_, i) => `release-${i}`);

describe('a table in shards', () => {
  it('writes only the shards a change touches, and a reader parses only those', () => {
    const dir = path.join(root, 'table');
    const first = writeShards(dir, 'rows', dealShards(keys, (key) => key));
    expect(first).toHaveLength(SHARD_COUNT);
    const cache = new Map<string, string[]>();
    const before = readShards<string>(dir, first, cache);
    expect(before.flat().sort()).toEqual([...keys].sort());

    const changed = 'release-7';
    const shards = dealShards([...keys.filter((key) => key !== changed), 'release-7-renamed'], (key) => (key === 'release-7-renamed' ? changed : key));
    const written = statSync(path.join(dir, first[0]!)).mtimeMs;
    const second = writeShards(dir, 'rows', shards, first, new Set([shardOf(changed)]));
    expect(second.filter((file, n) => file !== first[n])).toEqual([second[shardOf(changed)]]);
    expect(statSync(path.join(dir, first[0]!)).mtimeMs).toBe(written);

    const after = readShards<string>(dir, second, cache);
    // Unchanged shards are the very arrays parsed before; the changed one is read anew.
    after.forEach((shard, n) => (n === shardOf(changed) ? expect(shard).not.toBe(before[n]) : expect(shard).toBe(before[n])));
    expect(after.flat()).toContain('release-7-renamed');
    expect(cache.size).toBe(SHARD_COUNT);
  });

  it('keeps the files of the manifest before, for a reader that still holds it, and removes older ones', () => {
    const dir = path.join(root, 'kept');
    const shards = dealShards(keys, (key) => key);
    const one = writeShards(dir, 'rows', shards);
    const n = shardOf(keys[0]!);
    const edit = (tag: string) => shards.map((entries, i) => (i === n ? [...entries, tag] : entries));
    const two = writeShards(dir, 'rows', edit('two'), one, new Set([n]));
    const three = writeShards(dir, 'rows', edit('three'), two, new Set([n]));
    const files = readdirSync(path.join(dir, 'rows')).map((name) => path.join('rows', name));
    expect(files).toContain(two[n]);
    expect(files).toContain(three[n]);
    expect(files).not.toContain(one[n]);
    expect(files).toHaveLength(SHARD_COUNT + 1);
  });
});

describe('the store index', () => {
  it('is read from its shards, and a store from before shards is still read', async () => {
    const content = path.join(root, 'content');
    const store = path.join(root, 'store');
    writeCorpus(content, 20, 3);
    await buildTestStore(content, store);
    const sharded = readShardedIndex(store)!;
    expect(sharded.files).toHaveLength(SHARD_COUNT);
    expect(sharded.index.releases.length).toBeGreaterThan(20);
    // Every release is in its slug's shard, so a publish of one release rewrites one file.
    sharded.shards.forEach((shard, n) => shard.forEach((release) => expect(shardOf(release.slug)).toBe(n)));

    writeFileSync(path.join(store, storeFiles.index), JSON.stringify(sharded.index));
    const old = readShardedIndex(store)!;
    expect(old.files).toEqual([]);
    expect(old.index.releases.map((release) => release.slug).sort()).toEqual(sharded.index.releases.map((release) => release.slug).sort());
  });
});
