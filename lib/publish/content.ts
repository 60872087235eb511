/**
 * Publishing's content step: bring the store up to date with the content
 * folder by reading only the files that changed. Whatever the archive's
 * size, this stats every file, hashes the few whose size or time moved, and
 * reads, checks and cleans only those (the same reader as the full build).
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
import { readIndex, updateStore, type StoreUpdate } from '../content/store/write';

/** What the store knows of each source file: its hash, and the size and time that let a publish skip reading it. */
type SourceStamps = Record<string, { hash: string; size: number; mtimeMs: number }>;

const stampsFile = (dir: string) => path.join(dir, 'sources.json');

function readStamps(dir: string): SourceStamps {
  return existsSync(stampsFile(dir)) ? (JSON.parse(readFileSync(stampsFile(dir), 'utf8')) as SourceStamps) : {};
}

type FileStat = { size: number; mtimeMs: number };

/**
 * Records the stamps of a build's sources (the full build calls this after writing the store).
 * `stats`: the files' size and time when the caller has just read them (a publish stats every file once).
 */
export function writeStamps(dir: string, contentDir: string, files: string[], hashes: Map<string, string>, stats?: Map<string, FileStat>): void {
  const stamps: SourceStamps = {};
  for (const file of files) {
    const { size, mtimeMs } = stats?.get(file) ?? statSync(path.join(contentDir, file));
    stamps[file] = { hash: hashes.get(file) ?? sha1(readFileSync(path.join(contentDir, file), 'utf8')), size, mtimeMs };
  }
  writeJson(stampsFile(dir), stamps);
}

export type ContentPublish = { update?: StoreUpdate; problems: Problem[]; changedFiles: string[]; removedFiles: string[] };

export async function publishContent(contentDir: string, storeDir: string): Promise<ContentPublish> {
  const previous = readIndex(storeDir);
  if (!previous) throw new Error(`No content store at ${storeDir}: build the site once (npm run build) before publishing into it.`);
  const stamps = readStamps(storeDir);
  const knownHash = new Map(previous.releases.map((release) => [release.source.file, release.source.hash]));
  const files = listReleaseFiles(contentDir);
  const hashes = new Map<string, string>();
  const stats = new Map<string, FileStat>();
  const changedFiles: string[] = [];
  for (const file of files) {
    const { size, mtimeMs } = statSync(path.join(contentDir, file));
    stats.set(file, { size, mtimeMs });
    const stamp = stamps[file];
    if (stamp && stamp.size === size && stamp.mtimeMs === mtimeMs && knownHash.get(file) === stamp.hash) {
      hashes.set(file, stamp.hash);
      continue;
    }
    const hash = sha1(readFileSync(path.join(contentDir, file), 'utf8'));
    hashes.set(file, hash);
    if (knownHash.get(file) !== hash) changedFiles.push(file);
  }
  const present = new Set(files);
  const removedFiles = [...knownHash.keys()].filter((file) => !present.has(file));

  const options = readOptions();
  const problems: Problem[] = [];
  const records: ReleaseRecord[] = [];
  for (const file of changedFiles) {
    const result = await readRelease(file, readFileSync(path.join(contentDir, file), 'utf8'), { ...options, diagnose: true });
    problems.push(...result.problems);
    if (result.record) records.push(result.record);
  }
  // Duplicates and missing translations are properties of the whole archive: check them over every release's identity.
  const touched = new Set([...changedFiles, ...removedFiles]);
  const identities: Identity[] = [...previous.releases.filter((release) => !touched.has(release.source.file)), ...records].map(
    ({ source, locale, slug, permalink }) => ({ file: source.file, locale, slug, permalink }),
  );
  problems.push(...crossChecks(identities).filter((problem) => touched.has(problem.file) || problem.severity === 'error'));
  if (problems.some((problem) => problem.severity === 'error')) return { problems, changedFiles, removedFiles };
  if (!changedFiles.length && !removedFiles.length) return { problems, changedFiles, removedFiles };

  // Pairing and staleness need the counterparts' bodies: read those from the store.
  const counterparts = previous.releases
    .filter((release) => !touched.has(release.source.file) && records.some((record) => record.permalink === release.permalink))
    .flatMap((release) => readRecord(release, storeDir) ?? []);
  problems.push(...recordChecks([...records, ...counterparts], (record) => touched.has(record.source.file)));

  const update = updateStore(storeDir, { records, removedFiles, previous });
  writeStamps(storeDir, contentDir, files, hashes, stats);
  return { update, problems, changedFiles, removedFiles };
}

export { storeFiles };
