import { Worker } from 'node:worker_threads';

/**
 * Runs a TypeScript module in a worker thread; resolves when it ends with exit code 0, rejects with
 * `failure(code)` otherwise (or with the error the worker threw). tsx loads the module: a `--import tsx`
 * flag does not reach worker threads on Node 20, and `next build` runs its steps without one.
 * `env` is the worker's own copy of the environment (the parent's when left out).
 */
export function runTsWorker(
  file: string,
  { workerData, env, failure }: { workerData: unknown; env?: NodeJS.ProcessEnv; failure: (code: number) => string },
): Promise<void> {
  const load = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(import.meta.url)}))`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(load, { eval: true, workerData, ...(env ? { env } : {}) });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(failure(code)))));
  });
}
