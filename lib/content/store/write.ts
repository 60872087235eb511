/**
 * Writing the content store. A full build writes every record; a publish
 * writes the records that changed and removes the ones that went. Both end
 * the same way: `index.json` is replaced atomically, so a running site
 * switches from the old content to the new at once, then the new outputs'
 * fingerprints are compared with the old ones. The index goes first so that
 * every server builds its new model while the publisher works out what
 * changed; `host.json`, which the servers' proxy follows, comes after, and
 * what only publishers read (fingerprints, related lists) last, possibly
 * once the change is live. A marker says the store is between the index and
 * those. The index and the proxy's tables are in shards (./shards.ts), so a
 * publish writes, and a server reads again, what its change touched.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildModel, releaseTime, type SiteModel, type StoreIndex, type Tombstone } from '../model';
import { metaOf, releaseId, type ReleaseMeta, type ReleaseRecord } from '../record';
import { outputFingerprints, reachedFingerprints } from '../../routes/outputs';
import { nextRelatedTable, reachOf, relatedTable, type RelatedEntry, type RelatedTable } from '../../publish/reach';
import { readShardedHost, writeHost, type ShardedHost } from '../../host/host-file';
import { updateTerms } from '../../search/terms';
import { storeFiles } from './location';
import { readStoreJson } from './read';
import { writeJson } from './files';
import { readShardedIndex, writeIndex, type ShardedIndex } from './index-file';

/** Takes work that can wait, and runs it later. */
export type Defer = (job: () => void) => void;

/** A `Defer` that does not wait. */
export const runNow: Defer = (job) => job();

/** What changed between two versions of the site, by output path. */
export type OutputChanges = { changed: string[]; added: string[]; removed: string[] };

export type StoreUpdate = {
  /** Records written (new or changed). */
  written: ReleaseRecord[];
  /** Releases that are gone (`locale/slug`). */
  removed: string[];
  outputs: OutputChanges;
  /**
   * The store after the update: its index and that index's model (built once here; the scripts that
   * called this use it too), and what a publisher that stays running keeps for its next publish.
   */
  state: StoreState;
  /** When the new index was written (`performance.now()`): the servers started loading it then. */
  indexWrittenAt: number;
  /** Where the update's time went, in ms by step (`npm run publish -- --verbose` prints it). */
  phases: Record<string, number>;
};

/**
 * The store as a publisher holds it in memory: the index, its model, every output's fingerprint and the
 * related lists. A one-off publish reads it from the files (readStoreState); a resident one
 * (`npm run publish -- --watch`) keeps the state each publish returns, and skips parsing 22 MB of JSON
 * and building the old model again (about a second at 10,000 releases).
 */
export type StoreState = {
  /** The index, its releases in their shards, and the files those are in (what the next publish rewrites some of). */
  sharded: ShardedIndex;
  model: SiteModel;
  fingerprints: Record<string, string>;
  related?: RelatedTable;
  /** What the proxy reads, in shards (lib/host/host-file.ts); absent in a store from before them. */
  host?: ShardedHost;
  /** A publish stopped after writing the index: its outputs are still owed (readStoreState). */
  unfinished?: boolean;
};

const relatedFromJson = (json: Record<string, RelatedEntry> | undefined): RelatedTable | undefined => json && new Map(Object.entries(json));

export const readIndex = (dir: string): StoreIndex | undefined => readShardedIndex(dir)?.index;

export const readOutputs = (dir: string) => readStoreJson<Record<string, string>>(storeFiles.outputs, dir) ?? {};

/**
 * The store's state read from its files, or undefined when there is no store yet. After a publish that
 * stopped between the index and the outputs, the outputs are those of an older index: the related lists
 * are left out, so that the next publish fingerprints every output and renders all that differs.
 */
export function readStoreState(dir: string): StoreState | undefined {
  const sharded = readShardedIndex(dir);
  if (!sharded) return undefined;
  const unfinished = existsSync(path.join(/* turbopackIgnore: true */ dir, storeFiles.unfinished));
  return {
    sharded,
    model: buildModel(sharded.index),
    fingerprints: readOutputs(dir),
    related: unfinished ? undefined : relatedFromJson(readStoreJson<Record<string, RelatedEntry>>(storeFiles.related, dir)),
    host: readShardedHost(dir),
    unfinished,
  };
}

/**
 * Paths whose fingerprint differs. With `only`, just those paths are looked at (a publish knows which it
 * fingerprinted again: comparing all 44,000 at 10,000 releases was 60 ms of every publish); otherwise one
 * pass over each side.
 */
export function diffOutputs(before: Record<string, string>, after: Record<string, string>, only?: Iterable<string>): OutputChanges {
  const changes: OutputChanges = { changed: [], added: [], removed: [] };
  const keys = only ? new Set(only) : Object.keys(after);
  for (const key of keys) {
    const [old, print] = [before[key], after[key]];
    if (print === undefined) {
      if (old !== undefined) changes.removed.push(key);
    } else if (old === undefined) changes.added.push(key);
    else if (old !== print) changes.changed.push(key);
  }
  if (!only) for (const key of Object.keys(before)) if (after[key] === undefined) changes.removed.push(key);
  return changes;
}

/**
 * Releases that were in the old index and are not in the new one become
 * tombstones (they keep their place in the listings' pagination); a
 * tombstone whose release comes back is dropped. `releases`: the new index's releases, or those that
 * can share an id with `left`, the old releases that may have gone (all of them, or those of the files a
 * publish read again or lost).
 */
export function nextTombstones(previous: StoreIndex | undefined, releases: ReleaseMeta[], left = previous?.releases ?? []): Tombstone[] {
  if (!previous) return [];
  const live = new Set(releases.map(releaseId));
  const gone = left
    .filter((release) => !live.has(releaseId(release)))
    .map((release) => ({
      locale: release.locale,
      slug: release.slug,
      title: release.title,
      time: releaseTime(release),
      day: release.published.day,
      topics: release.topics,
    }));
  const kept = previous.tombstones.filter((tombstone) => !live.has(releaseId(tombstone)));
  const seen = new Set(kept.map(releaseId));
  return [...kept, ...gone.filter((tombstone) => !seen.has(releaseId(tombstone)))];
}

/**
 * Applies a set of records to the store in `dir`: `records` replace the
 * releases of the same files, `removedFiles` are dropped; with
 * `replaceAll`, `records` are the whole content.
 */
export function updateStore(
  dir: string,
  change: {
    records: ReleaseRecord[];
    removedFiles?: string[];
    replaceAll?: boolean;
    /** The store as the caller holds it; read from `dir` when absent. */
    kept?: StoreState;
    /** Takes the writing of what only a publisher reads, to run it later (after revalidating); run now when absent. */
    defer?: Defer;
  },
): StoreUpdate {
  const phases: Record<string, number> = {};
  let lap = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - lap);
    lap = now;
  };
  const kept = change.kept ?? readStoreState(dir);
  const previous = kept?.sharded.index;
  const before = kept?.fingerprints ?? {};
  const touched = new Set([...change.records.map((r) => r.source.file), ...(change.removedFiles ?? [])]);
  const metas = change.records.map(metaOf);
  // A publish looks at the old versions of the files it read again or lost (`gone`), and at what they hold
  // now: another release cannot share an id with them (the content check refuses duplicates), so what left,
  // came back or was rewritten is found there, without walking the 20,000 releases of a large archive.
  const whole = Boolean(change.replaceAll || !kept);
  const gone = whole ? (previous?.releases ?? []) : previous!.releases.filter((release) => touched.has(release.source.file));
  const tombstones = nextTombstones(previous, metas, gone);
  // A publish fingerprints only what the change can reach; a full build (or a store from before related
  // lists were kept, or one a publish left unfinished) fingerprints everything.
  const related = change.replaceAll ? undefined : kept?.related;
  const changedSlugs = new Set([...gone.map((release) => release.slug), ...change.records.map((record) => record.slug)]);
  const previousModel = related ? kept?.model : undefined;

  const previousIds = new Map(gone.map((release) => [releaseId(release), release]));
  const written = change.records.filter((record) => previousIds.get(releaseId(record))?.source.hash !== record.source.hash || change.replaceAll);
  for (const record of written) writeJson(path.join(/* turbopackIgnore: true */ dir, storeFiles.record(record.locale, record.slug)), record);
  const live = new Set(metas.map(releaseId));
  const removed = [...previousIds.keys()].filter((id) => !live.has(id));
  updateTerms(dir, { written, removed, replaceAll: change.replaceAll });
  phase('records');
  // The servers switch to the new content when this file changes; until the outputs follow, the marker stays.
  const unfinished = path.join(/* turbopackIgnore: true */ dir, storeFiles.unfinished);
  writeJson(unfinished, { since: new Date().toISOString() });
  const sharded = whole ? writeIndex(dir, { releases: metas, tombstones }) : writeIndex(dir, { previous: kept!.sharded, gone, changed: metas, tombstones });
  const { index } = sharded;
  const indexWrittenAt = performance.now();
  phase('index');
  const model = buildModel(index);
  phase('model');

  const reuse = previousModel && related && { before, previous: previousModel, related, reach: reachOf(previousModel, model, changedSlugs, related) };
  phase('reach');
  const { after, looked, replaced } = reuse ? reachedFingerprints(model, reuse) : { after: outputFingerprints(model), looked: undefined, replaced: before };
  const outputs = diffOutputs(replaced, after, looked);
  phase('fingerprints');
  // The proxy follows host.json (lib/host/site.ts): the paths that came or went, and where old permalinks lead.
  const permalinks = new Set([...gone, ...metas].map((release) => release.permalink));
  const host =
    reuse && kept?.host
      ? writeHost(dir, model, { previous: kept.host, added: outputs.added, removed: outputs.removed, permalinks })
      : writeHost(dir, model, { paths: Object.keys(after) });
  for (const id of removed) {
    const [locale, slug] = id.split('/') as [string, string];
    rmSync(path.join(/* turbopackIgnore: true */ dir, storeFiles.record(locale, slug)), { force: true });
  }
  phase('host');
  const state: StoreState = { sharded, model, fingerprints: after, host };
  // What only a publisher reads (when it starts: a resident one holds it), 9 MB at 10,000 releases: the
  // caller may write it once the change is live. Until then the marker says the outputs are owed.
  (change.defer ?? runNow)(() => {
    writeJson(path.join(/* turbopackIgnore: true */ dir, storeFiles.outputs), after);
    state.related = reuse ? nextRelatedTable(reuse.related, model, reuse.reach) : relatedTable(model);
    writeJson(path.join(/* turbopackIgnore: true */ dir, storeFiles.related), Object.fromEntries(state.related));
    rmSync(unfinished, { force: true });
  });
  return { written, removed, outputs, state, indexWrittenAt, phases };
}
