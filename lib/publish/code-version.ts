import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { site } from '../site/config';

/** Everything besides content that decides what the site looks like. Tests do not. */
const CODE = [
  'app',
  'components',
  'lib',
  'i18n',
  'messages',
  'public',
  'proxy.ts',
  'next.config.mjs',
  'package-lock.json',
  'postcss.config.mjs',
  'contentlayer.config.ts',
  'global.d.ts',
];
// lib/testing/: helpers that only unit tests import.
const IGNORED = /(\.test\.tsx?|\.d\.json\.ts)$|\/lib\/testing\//;

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return IGNORED.test(entry) ? [] : [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(/* turbopackIgnore: true */ entry, name)));
}

/**
 * A hash of the portal's code and of the settings that change its output
 * (SITE_URL, LEGACY_ORIGIN, the agency…). Two builds with the same code
 * version render the same content byte for byte, so it is the build ID, and
 * a static build can publish into an `out/` of the same version by
 * rendering only what changed.
 */
export function codeVersion(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of CODE.flatMap((entry) => files(path.join(/* turbopackIgnore: true */ root, entry)))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash.update(JSON.stringify(site));
  return hash.digest('hex').slice(0, 20);
}
