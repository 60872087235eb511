import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readSpecs, type ReleaseSpec } from '../../testing/corpus';
import { storeFiles } from './location';
import { currentModel, indexLoads, refreshStore, STORE_RECHECK_MS } from './read';
import { updateStore } from './write';

const dir = mkdtempSync(path.join(tmpdir(), 'ut-store-read-'));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const specs: ReleaseSpec[] = [
  { slug: 'smart-city', date: '2024-03-01', title: 'Smart city pilot', body: 'Sensors on lamp posts.' },
  { slug: 'broadband', date: '2024-04-01', title: 'Broadband upgrade', body: 'Faster connections.' },
];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the store as a running server reads it', () => {
  it('loads a published index in the background, before any request asks for it, and only once', async () => {
    // As under `next start`: the watch runs only in Next's Node.js runtime, outside `next build`.
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    updateStore(dir, { records: await readSpecs(specs), replaceAll: true });
    expect(currentModel(dir).release('en', 'broadband')?.title).toBe('Broadband upgrade');
    const before = indexLoads();

    const [corrected] = await readSpecs([{ ...specs[1]!, title: 'Broadband upgrade, corrected' }]);
    updateStore(dir, { records: [corrected!] });
    await sleep(STORE_RECHECK_MS * 4);
    // Loaded by the watch: nothing asked for the model since the index changed.
    expect(indexLoads()).toBe(before + 1);
    // The publish endpoint looks again, and finds it already loaded.
    expect(refreshStore(dir).release('en', 'broadband')?.title).toBe('Broadband upgrade, corrected');
    expect(indexLoads()).toBe(before + 1);
  });

  it('loads the index once per process, not once per bundle that reads it', async () => {
    const model = currentModel(dir);
    const loads = indexLoads();
    // Another instance of this module, as Next's pages, route handlers and proxy each have their own.
    vi.resetModules();
    const other = await import('./read');
    expect(other.currentModel(dir)).toBe(model);
    expect(other.indexLoads()).toBe(loads);
  });

  it('keeps serving the loaded index while a new one cannot be read whole, and loads the next one', async () => {
    const model = refreshStore(dir);
    const index = path.join(dir, storeFiles.index);
    const good = readFileSync(index, 'utf8');
    const broken = JSON.parse(good) as { releases: string[] };
    broken.releases[0] = path.join(storeFiles.indexShards, 'gone.json');
    writeFileSync(index, JSON.stringify(broken));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(refreshStore(dir)).toBe(model);
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/kept the loaded index/));
    errors.mockRestore();

    writeFileSync(index, good);
    const [again] = await readSpecs([{ ...specs[0]!, title: 'Smart city pilot, extended' }]);
    updateStore(dir, { records: [again!] });
    expect(refreshStore(dir).release('en', 'smart-city')?.title).toBe('Smart city pilot, extended');
  });
});
