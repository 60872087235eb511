/**
 * contentlayer2 works on one core: at 10,000 releases it kept one core busy
 * for 73 s while the other idled (BENCHMARKS.md). A build on several cores
 * therefore runs one contentlayer2 per group of folders, each in its own
 * thread and working folder (lib/content/store/contentlayer.ts). A folder is
 * the unit because it is what contentlayer2 can be told to include, and the
 * export's folders split the archive evenly: `releases/en`, `releases/zh`.
 */

/**
 * Fewest files worth a run of their own: starting a worker (tsx, contentlayer2
 * and its compiled config) costs about 2 s, so 1,907 files took 8.7 s split
 * in two against 7.7–8.3 s in one run, and 19,027 files 41.6 s against 67 s.
 */
export const filesPerRun = 2000;

/** Names the folders one contentlayer2 run reads, comma-separated; unset, it reads them all. */
export const includeVariable = 'PORTAL_CONTENTLAYER_INCLUDE';

/** The folders this process's contentlayer2 reads (contentlayer.config.ts); empty means all of them. */
export function includedFolders(env: Record<string, string | undefined> = process.env): string[] {
  return (env[includeVariable] ?? '').split(',').filter(Boolean);
}

/**
 * Splits the release files (paths relative to the content folder) into at
 * most `ways` groups of whole folders of about the same size, largest folder
 * first into the smallest group. One group (everything) when there is one
 * way, too few files to share ({@link filesPerRun} per run), one folder,
 * or a file directly in `releases/`, which no folder would include: a file
 * is never left out of every group.
 */
export function partitionFolders(files: readonly string[], ways: number): string[][] {
  ways = Math.min(ways, Math.floor(files.length / filesPerRun));
  const sizes = new Map<string, number>();
  for (const file of files) {
    const [top, folder, ...rest] = file.split('/');
    if (!rest.length) return [[]];
    const key = `${top}/${folder}`;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const count = Math.min(ways, sizes.size);
  if (count <= 1) return [[]];
  const groups = Array.from({ length: count }, () => ({ folders: [] as string[], files: 0 }));
  for (const [folder, size] of [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const smallest = groups.reduce((least, group) => (group.files < least.files ? group : least));
    smallest.folders.push(folder);
    smallest.files += size;
  }
  return groups.map((group) => group.folders.sort());
}
