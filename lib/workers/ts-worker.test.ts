import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTsWorker } from './ts-worker';

const dir = mkdtempSync(path.join(tmpdir(), 'ts-worker-'));
/** A TypeScript module (type annotations and all) that writes what it was given, then ends with `code`. */
function workerModule(name: string, code: number): string {
  const file = path.join(dir, `${name}.ts`);
  writeFileSync(
    file,
    `import { writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
const given: { out: string } = workerData;
writeFileSync(given.out, JSON.stringify({ data: workerData, include: process.env.TS_WORKER_TEST ?? null }));
process.exit(${code});
`,
  );
  return file;
}

describe('runTsWorker', () => {
  it('runs a TypeScript module with its data and its own environment', async () => {
    const out = path.join(dir, 'ok.json');
    await runTsWorker(workerModule('ok', 0), { workerData: { out }, env: { ...process.env, TS_WORKER_TEST: 'en' }, failure: () => 'unused' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ data: { out }, include: 'en' });
    expect(process.env.TS_WORKER_TEST).toBeUndefined();
  });

  it('rejects with the caller’s message when the module ends with another code', async () => {
    const out = path.join(dir, 'failed.json');
    await expect(runTsWorker(workerModule('failed', 3), { workerData: { out }, failure: (code) => `it ended with ${code}` })).rejects.toThrow(
      'it ended with 3',
    );
  });
});
