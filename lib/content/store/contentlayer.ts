import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseRecord } from '../record';

/**
 * Runs contentlayer2 over the whole content folder through its core API,
 * in a working folder of this build's own (so builds of different content
 * keep their own caches), and returns the release records its computed
 * field made. Not through its CLI: the CLI turns on effect-ts execution
 * tracing, which made a 10,000-release build take 4 min 28 s instead of
 * about a minute (docs/design/incremental-publishing.md).
 */
export async function runContentlayer(workDir: string): Promise<ReleaseRecord[]> {
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
  const generated = path.join(/* turbopackIgnore: true */ workDir, '.contentlayer', 'generated', 'Release');
  return readdirSync(generated)
    .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
    .map((name) => (JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ generated, name), 'utf8')) as { record: ReleaseRecord }).record);
}
