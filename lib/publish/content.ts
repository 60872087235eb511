/**
 * Publishing's content step: bring the store up to date with the content
 * folder by reading only the files that changed. It stats every file (or,
 * in a publisher that watches the folder, the files the watcher reported),
 * hashes the few whose size or time moved, and reads, checks and cleans only
 * those (the same reader as the full build).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crossChecks, listReleaseFiles, recordChecks, type Identity, type Problem } from '../content/check';
import { readOptions } from '../content/options';
import { readRelease, sha1 } from '../content/read';
import type { ReleaseRecord } from '../content/record';
import { readRecord } from '../content/store/read';
import { storeFiles } from '../content/store/location';
import { writeJson } from '../content/store/files';
import { readStoreState, runNow, updateStore, type Defer, type StoreState, type StoreUpdate } from '../content/store/write';

/** What the store knows of each source file: its hash, and the size and time that let a publish skip reading it. */
type SourceStamps = Record<string, { hash: string; size: number; mtimeMs: number }>;

const stampsFile = (dir: string) => path.join(/* turbopackIgnore: true */ dir, 'sources.json');

function readStamps(dir: string): SourceStamps {
  return existsSync(stampsFile(dir)) ? (JSON.parse(readFileSync(stampsFile(dir), 'utf8')) as SourceStamps) : {};
}

/** Records the stamps of a build's sources (the full build calls this after writing the store). */
export function writeStamps(dir: string, contentDir: string, files: string[], hashes: Map<string, string>): void {
  const stamps: SourceStamps = {};
  for (const file of files) {
    const { size, mtimeMs } = statSync(path.join(/* turbopackIgnore: true */ contentDir, file));
    stamps[file] = { hash: hashes.get(file) ?? sha1(readFileSync(path.join(/* turbopackIgnore: true */ contentDir, file), 'utf8')), size, mtimeMs };
  }
  writeJson(stampsFile(dir), stamps);
}

/** What a publisher holds between publishes: the store's state and the sources' stamps. */
export type PublisherState = { store: StoreState; stamps: SourceStamps };

export type ContentPublish = {
  update?: StoreUpdate;
  problems: Problem[];
  changedFiles: string[];
  removedFiles: string[];
  /** The state after this publish (the same as before when nothing was applied): what a resident publisher keeps. */
  state: PublisherState;
};

/**
 * Which source files changed since the stamps. Every file is statted (0.15 s at 10,000 releases), or,
 * when the caller watches the folder, only the `hinted` ones (relative paths the watcher reported): the
 * others keep their stamps without being looked at, and only a hinted file can have gone.
 */
function scanSources(contentDir: string, stamps: SourceStamps, knownHash: Map<string, string>, hinted?: ReadonlySet<string>) {
  const listed = new Set(listReleaseFiles(contentDir, hinted));
  const next: SourceStamps = hinted ? { ...stamps } : {};
  const changedFiles: string[] = [];
  const removedFiles: string[] = [];
  for (const file of hinted ? [...hinted].sort() : listed) {
    if (!listed.has(file)) {
      delete next[file];
      if (knownHash.has(file)) removedFiles.push(file);
      continue;
    }
    const stamp = stamps[file];
    const { size, mtimeMs } = statSync(path.join(/* turbopackIgnore: true */ contentDir, file));
    if (stamp && stamp.size === size && stamp.mtimeMs === mtimeMs && knownHash.get(file) === stamp.hash) {
      next[file] = stamp;
      continue;
    }
    const hash = sha1(readFileSync(path.join(/* turbopackIgnore: true */ contentDir, file), 'utf8'));
    next[file] = { hash, size, mtimeMs };
    if (knownHash.get(file) !== hash) changedFiles.push(file);
  }
  if (!hinted) for (const file of knownHash.keys()) if (!listed.has(file)) removedFiles.push(file);
  return { stamps: next, changedFiles, removedFiles };
}

/**
 * Brings the store in `storeDir` up to date with `contentDir`. `kept`: the state the previous publish of
 * this process returned (read from the store when absent); `hinted`: the files a watcher saw change
 * (every file is looked at when absent); `defer`: takes the writing of what only publishers read.
 */
export async function publishContent(
  contentDir: string,
  storeDir: string,
  resident: { kept?: PublisherState; hinted?: ReadonlySet<string>; defer?: Defer } = {},
): Promise<ContentPublish> {
  const started = performance.now();
  const state = resident.kept ?? readPublisherState(storeDir);
  const previous = state.store.sharded.index;
  const hinted = resident.kept && resident.hinted;
  // The hash the store has of each file looked at (of the watched ones only: a map of 20,000 was 5–10 ms of every publish).
  const knownHash = new Map<string, string>();
  for (const { source } of previous.releases) if (!hinted || hinted.has(source.file)) knownHash.set(source.file, source.hash);
  const { stamps, changedFiles, removedFiles } = scanSources(contentDir, state.stamps, knownHash, hinted);
  const unchanged = { problems: [] as Problem[], changedFiles, removedFiles, state: { store: state.store, stamps } };

  const options = readOptions();
  const problems: Problem[] = [];
  const records: ReleaseRecord[] = [];
  for (const file of changedFiles) {
    const result = await readRelease(file, readFileSync(path.join(/* turbopackIgnore: true */ contentDir, file), 'utf8'), { ...options, diagnose: true });
    problems.push(...result.problems);
    if (result.record) records.push(result.record);
  }
  // Duplicates and missing translations are properties of the whole archive, but a change can only make or
  // mend one among the releases that share a slug or a permalink with what changed (its old or new version):
  // the check looks at those (building its maps over 20,000 identities was 25 ms of every publish).
  const touched = new Set([...changedFiles, ...removedFiles]);
  const keys = new Set([...previous.releases.filter((release) => touched.has(release.source.file)), ...records].flatMap((r) => [r.slug, r.permalink]));
  const near = previous.releases.filter((release) => !touched.has(release.source.file) && (keys.has(release.slug) || keys.has(release.permalink)));
  const identities: Identity[] = [...near, ...records].map(({ source, locale, slug, permalink }) => ({ file: source.file, locale, slug, permalink }));
  problems.push(...crossChecks(identities).filter((problem) => touched.has(problem.file) || problem.severity === 'error'));
  if (problems.some((problem) => problem.severity === 'error')) return { ...unchanged, problems };
  // Nothing changed, unless a publish stopped before the outputs of the index it wrote: those are owed.
  if (!changedFiles.length && !removedFiles.length && !state.store.unfinished) return { ...unchanged, problems };

  // Pairing and staleness need the counterparts' bodies: read those from the store.
  const counterparts = previous.releases
    .filter((release) => !touched.has(release.source.file) && records.some((record) => record.permalink === release.permalink))
    .flatMap((release) => readRecord(release, storeDir) ?? []);
  problems.push(...recordChecks([...records, ...counterparts], (record) => touched.has(record.source.file)));

  const read = Math.round(performance.now() - started);
  const update = updateStore(storeDir, { records, removedFiles, kept: state.store, defer: resident.defer });
  update.phases = { files: read, ...update.phases };
  (resident.defer ?? runNow)(() => writeJson(stampsFile(storeDir), stamps));
  return { update, problems, changedFiles, removedFiles, state: { store: update.state, stamps } };
}

/** A publisher's state read from the store's files. */
export function readPublisherState(storeDir: string): PublisherState {
  const store = readStoreState(storeDir);
  if (!store) throw new Error(`No content store at ${storeDir}: build the site once (npm run build) before publishing into it.`);
  return { store, stamps: readStamps(storeDir) };
}

export { storeFiles };
