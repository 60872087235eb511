import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTsWorker } from '../../workers/ts-worker';
import type { ReleaseRecord } from '../record';
import { includeVariable, partitionFolders } from './contentlayer-parts';

const workerFile = fileURLToPath(new URL('./contentlayer-worker.ts', import.meta.url));

/** The release files into release records, split between as many contentlayer2 runs as pay on this machine's cores. */
export async function releaseRecords(workDir: string, files: readonly string[]): Promise<ReleaseRecord[]> {
  const records = await runContentlayer(workDir, partitionFolders(files, availableParallelism()));
  // contentlayer2 leaves the generated file of a document whose source is gone (a withdrawn release) in
  // its working folder, which builds keep: only the files of this build are records.
  const current = new Set(files);
  return records.filter((record) => current.has(record.source.file));
}

/**
 * Turns the release files into release records with contentlayer2, in a
 * working folder of this build's own (so builds of different content keep
 * their own caches): one run per group of folders
 * (lib/content/store/contentlayer-parts.ts), each in a worker thread with
 * a working folder of its own, or, with a single group (every folder), one
 * run in this process.
 */
export async function runContentlayer(workDir: string, groups: string[][]): Promise<ReleaseRecord[]> {
  if (groups.length === 1) {
    await generateRecords(workDir);
    return readRecords(workDir);
  }
  const runs = groups.map((folders) => ({ folders, dir: path.join(/* turbopackIgnore: true */ workDir, folders.map((folder) => folder.replaceAll('/', '-')).join('+')) }));
  await Promise.all(runs.map(({ folders, dir }) => generateInWorker(dir, folders)));
  return runs.flatMap(({ dir }) => readRecords(dir));
}

/**
 * One contentlayer2 run in this process, through its core API. Not through
 * its CLI: the CLI turns on effect-ts execution tracing, which made a
 * 10,000-release build take 4 min 28 s instead of about a minute
 * (docs/design/incremental-publishing.md). contentlayer2 ends the process
 * (or the worker thread) with code 1 when a file fails.
 */
export async function generateRecords(workDir: string): Promise<void> {
  const core = await import('@contentlayer2/core');
  // The effect library's own types are not resolvable from here (a dependency of a dependency); its two functions used are.
  const { pipe, T } = (await import('@contentlayer2/utils/effect')) as unknown as {
    pipe: (...steps: unknown[]) => Promise<void>;
    T: { chain: (next: (config: unknown) => unknown) => unknown };
  };
  await pipe(
    core.getConfig({ configPath: path.resolve('contentlayer.config.ts') }),
    T.chain((config) => core.generateDotpkg({ config: config as never, verbose: false })),
    core.runMain({ tracingServiceName: 'portal-content', verbose: false, customCwd: workDir as never }),
  );
}

function generateInWorker(workDir: string, folders: string[]): Promise<void> {
  return runTsWorker(workerFile, {
    workerData: { workDir },
    // contentlayer.config.ts reads which folders to include from the worker's own copy of the environment.
    env: { ...process.env, [includeVariable]: folders.join(',') },
    failure: (code) => `contentlayer2 failed on ${folders.join(', ')} (exit code ${code})`,
  });
}

function readRecords(workDir: string): ReleaseRecord[] {
  const generated = path.join(/* turbopackIgnore: true */ workDir, '.contentlayer', 'generated', 'Release');
  return readdirSync(generated)
    .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
    .map((name) => (JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ generated, name), 'utf8')) as { record: ReleaseRecord }).record);
}
