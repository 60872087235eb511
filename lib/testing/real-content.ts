import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listReleaseFiles } from '../content/check';
import { metaOf, type ReleaseRecord } from '../content/record';
import { buildModel } from '../content/model';
import { readRelease } from '../content/read';
import { testReadOptions } from './corpus';

/**
 * The real export in `content/`, read by the one reader (lib/content/read.ts)
 * as the build reads it: tests of it depend on the files, not on whatever a
 * previous build generated.
 */
export async function realRecords(dir = path.resolve('content')): Promise<ReleaseRecord[]> {
  const records = await Promise.all(
    listReleaseFiles(dir).map(async (file) => {
      const { record, problems } = await readRelease(file, readFileSync(path.join(dir, file), 'utf8'), testReadOptions);
      if (!record) throw new Error(`${file}: ${problems.map((problem) => problem.message).join('; ')}`);
      return record;
    }),
  );
  return records;
}

export const realModel = async () => buildModel({ releases: (await realRecords()).map(metaOf), tombstones: [] });
