import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The server build traces only code, not data folders: a dynamic file path
 * without `turbopackIgnore` makes Turbopack glob the whole project, walking
 * (and tracing into the server bundle) the static export in `out/` and the
 * content, which `npm test` builds before this build. See
 * lib/content/store/location.ts.
 */
const dist = path.resolve('.next-site');
const DATA_FOLDERS = ['out', 'content', '.portal', 'e2e', 'scripts', 'docs'];

function traceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return traceFiles(full);
    return entry.name.endsWith('.nft.json') ? [full] : [];
  });
}

test('the server build traces no data folder of the project', () => {
  const traces = traceFiles(path.join(dist, 'server'));
  expect(traces.length).toBeGreaterThan(10);
  const strays = new Set<string>();
  for (const trace of traces) {
    const { files } = JSON.parse(readFileSync(trace, 'utf8')) as { files: string[] };
    for (const file of files) {
      const inProject = path.relative(process.cwd(), path.resolve(path.dirname(trace), file));
      if (DATA_FOLDERS.includes(inProject.split(path.sep)[0]!)) strays.add(inProject);
    }
  }
  expect([...strays].slice(0, 20)).toEqual([]);
});
