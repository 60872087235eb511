/**
 * Which files of a static export belong to which output. Next exports a
 * page at `/en/x/` as `en/x/index.html` with its RSC payloads beside it
 * (`index.txt`, `__next.*.txt`); a file output (`/en/feed.xml`) is that file.
 * Other outputs nested under a page (`/en/x/og.png`, `/en/x/bilingual/`)
 * are not the page's.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER } from '../routes/static-params';

export const isPagePath = (outputPath: string) => outputPath.endsWith('/');

/** Files of one output in an export folder, relative to it (existing ones only). */
export function outputFiles(exportDir: string, outputPath: string): string[] {
  const relative = decodeURIComponent(outputPath).replace(/^\//, '');
  if (!isPagePath(outputPath)) return existsSync(path.join(/* turbopackIgnore: true */ exportDir, relative)) ? [relative] : [];
  const dir = path.join(/* turbopackIgnore: true */ exportDir, relative);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name === 'index.html' || name === 'index.txt' || /^__next\..*\.txt$/.test(name))
    .filter((name) => statSync(path.join(/* turbopackIgnore: true */ dir, name)).isFile())
    .map((name) => path.join(/* turbopackIgnore: true */ relative, name));
}

/** Every file of an export folder, relative to it. */
export function allFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(/* turbopackIgnore: true */ dir, name);
    const relative = path.join(/* turbopackIgnore: true */ prefix, name);
    return statSync(full).isDirectory() ? allFiles(full, relative) : [relative];
  });
}

/** Stand-in pages a static export needs for routes without params (lib/routes/static-params.ts): never published. */
export const isPlaceholderFile = (relative: string) => relative.split(path.sep).includes(PLACEHOLDER);
