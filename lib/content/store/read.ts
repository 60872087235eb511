/**
 * Reading the content store at run time. The model is loaded once and
 * reloaded when `index.json` changes (a publish replaces it atomically), so
 * a running server serves new content without a restart; release bodies
 * are read on demand and cached by their source hash.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../../i18n/locales';
import { buildModel, type SiteModel, type StoreIndex } from '../model';
import { processWide } from '../process-wide';
import type { ReleaseMeta, ReleaseRecord } from '../record';
import { readShardedIndex } from './index-file';
import { storeDir, storeFiles } from './location';

/** How often a running process looks for a new index. Publishing waits longer than this before it revalidates. */
export const STORE_RECHECK_MS = 100;

export class MissingStoreError extends Error {
  constructor(dir: string) {
    super(`No content store at ${dir}: run \`npm run build\` (or \`npm run content\`) first.`);
  }
}

type Loaded = { stamp: string; index: StoreIndex; model: SiteModel };

/**
 * The loaded store, once per process (every bundle's copy of this module shares it): the index and its
 * model, the records and parsed files read since, and the watch that follows the store.
 */
const state = processWide('content-store', () => ({
  loaded: undefined as Loaded | undefined,
  checkedAt: 0,
  loads: 0,
  followers: new Map<string, () => unknown>(),
  watching: undefined as ReturnType<typeof setInterval> | undefined,
  records: new Map<string, ReleaseRecord>(),
  /** The index's shards parsed so far, by file: a publish rewrites a few, and only those are read again. */
  indexShards: new Map<string, ReleaseMeta[]>(),
  parsed: new Map<string, { stamp: string; value: unknown }>(),
}));

/** How many times this process has loaded an index (tests: did the watch load it, or a request?). */
export const indexLoads = () => state.loads;

function stampOf(file: string): string | undefined {
  try {
    const { mtimeMs, size, ino } = statSync(file);
    return `${mtimeMs}:${size}:${ino}`;
  } catch {
    return undefined;
  }
}

/** The version of a store file (its time, size and inode: the store replaces files, never edits them). */
export const storeFileStamp = (name: string, dir = storeDir()) => stampOf(path.join(/* turbopackIgnore: true */ dir, name));

/** The version of the store's index: another one means another process published. */
export const indexStamp = (dir = storeDir()) => storeFileStamp(storeFiles.index, dir);

function load(dir: string): Loaded {
  const file = path.join(/* turbopackIgnore: true */ dir, storeFiles.index);
  const stamp = stampOf(file);
  const sharded = stamp && readShardedIndex(dir, state.indexShards);
  if (!stamp || !sharded) throw new MissingStoreError(dir);
  state.loads += 1;
  return { stamp, index: sharded.index, model: buildModel(sharded.index) };
}

/** The current site model; cheap to call often. */
export function currentModel(dir = storeDir()): SiteModel {
  const now = Date.now();
  if (!state.loaded || now - state.checkedAt > STORE_RECHECK_MS) {
    state.checkedAt = now;
    const stamp = indexStamp(dir);
    if (!state.loaded || stamp !== state.loaded.stamp) {
      try {
        state.loaded = load(dir);
      } catch (error) {
        // A new index that cannot be read whole (a build replacing the store, or a shard removed by two publishes
        // in the instant between reading the index and its shards): keep serving what is loaded, and look again
        // at the next check. Without a loaded store, the error is the request's.
        if (!state.loaded) throw error;
        console.error(`content store: kept the loaded index; the new one could not be read (${(error as Error).message})`);
        return state.loaded.model;
      }
      state.records.clear();
      followStore(`model ${dir}`, () => currentModel(dir));
    }
  }
  return state.loaded.model;
}

/**
 * In a running server, what the process derives from the store (the pages' model, the proxy's host
 * site) is loaded again as soon as a publish writes a new version of it: every STORE_RECHECK_MS the
 * process calls each `reload` (each looks at its file's stamp and loads only when it changed), so parsing
 * and building (about a quarter of a second at 10,000 releases) happens while the publisher works out
 * the outputs and waits before it revalidates, not in the first request after it. Not during `next build`, which reads the store once it
 * is written (a static publish writes it while Next compiles; its routes wait for the render list, written
 * after it: lib/routes/render-list.ts), nor outside Next (tests, scripts). One `reload` per `key` and process: the first one
 * given is kept, so what it reloads must be process-wide too.
 */
export function followStore(key: string, reload: () => unknown) {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (!state.followers.has(key)) state.followers.set(key, reload);
  if (state.watching) return;
  state.watching = setInterval(() => {
    for (const follower of state.followers.values()) {
      try {
        follower();
      } catch {
        // A store that went missing or is unreadable: keep what is loaded; the next request reports the error.
      }
    }
  }, STORE_RECHECK_MS);
  state.watching.unref();
}

/**
 * Look at the store now, not at the next STORE_RECHECK_MS (the publish endpoint, before it revalidates):
 * a new index is loaded, the one already loaded (by the process's watch) is not loaded again.
 */
export function refreshStore(dir = storeDir()): SiteModel {
  state.checkedAt = 0;
  return currentModel(dir);
}

const RECORD_CACHE_SIZE = 256;

/** A release with its body. Undefined when the store no longer has it (removed by a publish in between). */
export function readRecord(meta: ReleaseMeta, dir = storeDir()): ReleaseRecord | undefined {
  const key = `${meta.locale}/${meta.slug}/${meta.source.hash}`;
  const { records } = state;
  const hit = records.get(key);
  if (hit) return hit;
  const file = path.join(/* turbopackIgnore: true */ dir, storeFiles.record(meta.locale, meta.slug));
  if (!existsSync(file)) return undefined;
  const record = JSON.parse(readFileSync(file, 'utf8')) as ReleaseRecord;
  if (record.source.hash !== meta.source.hash) return undefined;
  if (records.size >= RECORD_CACHE_SIZE) records.delete(records.keys().next().value!);
  records.set(key, record);
  return record;
}

/**
 * A store file parsed once per version of it (its time, size and inode: the store replaces files, never
 * edits them), for files a process reads again after every publish but a publish rarely changes, such as
 * the 64 shards of a locale's search terms, one of which a publish rewrites. Undefined when absent.
 */
export function readStoreJsonOnce<T>(name: string, dir = storeDir()): T | undefined {
  const file = path.join(/* turbopackIgnore: true */ dir, name);
  const stamp = stampOf(file);
  if (!stamp) return undefined;
  const hit = state.parsed.get(file);
  if (hit?.stamp === stamp) return hit.value as T;
  const value = JSON.parse(readFileSync(file, 'utf8')) as T;
  state.parsed.set(file, { stamp, value });
  return value;
}

/** A JSON artefact of the content build (host rules, outputs), or undefined when absent. */
export function readStoreJson<T>(name: string, dir = storeDir()): T | undefined {
  const file = path.join(/* turbopackIgnore: true */ dir, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

export type { Locale };
