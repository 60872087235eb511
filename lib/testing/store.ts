import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listReleaseFiles } from '../content/check';
import { readOptions } from '../content/options';
import { readRelease } from '../content/read';
import type { ReleaseRecord } from '../content/record';
import { updateStore } from '../content/store/write';
import { writeStamps } from '../publish/content';

/** A full build's store of the files in `contentDir`, as scripts/content/build.ts leaves it (without contentlayer2). */
export async function buildTestStore(contentDir: string, storeDir: string): Promise<void> {
  const files = listReleaseFiles(contentDir);
  const records: ReleaseRecord[] = [];
  for (const file of files) records.push((await readRelease(file, readFileSync(path.join(contentDir, file), 'utf8'), readOptions())).record!);
  updateStore(storeDir, { records, replaceAll: true });
  writeStamps(storeDir, contentDir, files, new Map(records.map((record) => [record.source.file, record.source.hash])));
}
