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
import type { ReleaseMeta, ReleaseRecord } from '../record';
import { storeDir, storeFiles } from './location';

/** How often a running process looks for a new index. Publishing waits longer than this before it revalidates. */
export const STORE_RECHECK_MS = 100;

export class MissingStoreError extends Error {
  constructor(dir: string) {
    super(`No content store at ${dir}: run \`npm run build\` (or \`npm run content\`) first.`);
  }
}

type Loaded = { stamp: string; index: StoreIndex; model: SiteModel; paths?: ReadonlySet<string> };

let loaded: Loaded | undefined;
let checkedAt = 0;

function stampOf(file: string): string | undefined {
  try {
    const { mtimeMs, size, ino } = statSync(file);
    return `${mtimeMs}:${size}:${ino}`;
  } catch {
    return undefined;
  }
}

function load(dir: string): Loaded {
  const file = path.join(/* turbopackIgnore: true */ dir, storeFiles.index);
  const stamp = stampOf(file);
  if (!stamp) throw new MissingStoreError(dir);
  const index = JSON.parse(readFileSync(file, 'utf8')) as StoreIndex;
  return { stamp, index, model: buildModel(index) };
}

/** The current site model; cheap to call often. */
export function currentModel(dir = storeDir()): SiteModel {
  const now = Date.now();
  if (!loaded || now - checkedAt > STORE_RECHECK_MS) {
    checkedAt = now;
    const stamp = stampOf(path.join(/* turbopackIgnore: true */ dir, storeFiles.index));
    if (!loaded || stamp !== loaded.stamp) {
      loaded = load(dir);
      records.clear();
    }
  }
  return loaded.model;
}

/**
 * Every path the current content has (the keys of the store's outputs, which a
 * publish writes before the index): what the proxy checks a request against,
 * read rather than worked out again from the model by every process after
 * every publish (0.6 s at 10,000 releases). Undefined for a store without it.
 */
export function currentPaths(dir = storeDir()): ReadonlySet<string> | undefined {
  currentModel(dir);
  if (loaded && !loaded.paths) {
    const outputs = readStoreJson<Record<string, string>>(storeFiles.outputs, dir);
    if (outputs) loaded.paths = new Set(Object.keys(outputs));
  }
  return loaded?.paths;
}

/** Forget what was loaded (tests, and the publish endpoint before it revalidates). */
export function reloadStore(): void {
  loaded = undefined;
}

const RECORD_CACHE_SIZE = 256;
const records = new Map<string, ReleaseRecord>();

/** A release with its body. Undefined when the store no longer has it (removed by a publish in between). */
export function readRecord(meta: ReleaseMeta, dir = storeDir()): ReleaseRecord | undefined {
  const key = `${meta.locale}/${meta.slug}/${meta.source.hash}`;
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

/** A JSON artefact of the content build (host rules, outputs), or undefined when absent. */
export function readStoreJson<T>(name: string, dir = storeDir()): T | undefined {
  const file = path.join(/* turbopackIgnore: true */ dir, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

export type { Locale };
