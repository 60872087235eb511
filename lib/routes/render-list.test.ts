import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderList, renderListEnv, writeRenderList, type RenderEntry } from './render-list';

const dir = mkdtempSync(path.join(tmpdir(), 'render-list-'));
const entries: RenderEntry[] = [{ path: '/en/', route: 'home', params: { locale: 'en' } }];

function inBuild(file: string, env = renderListEnv(file)) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

afterEach(() => vi.unstubAllEnvs());

describe('the render list of a partial static build', () => {
  it('is absent from a build that renders everything', async () => {
    vi.stubEnv('PORTAL_RENDER_ONLY', '');
    await expect(renderList()).resolves.toBeUndefined();
  });

  it('is waited for: the publisher writes it after Next has started', async () => {
    const file = path.join(dir, 'later.json');
    inBuild(file);
    const listed = renderList();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(existsSync(file)).toBe(false);
    writeRenderList(file, entries);
    await expect(listed).resolves.toEqual(entries);
    // Written whole, under its own name: no half-written file is ever there to read.
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('is not waited for once the publisher has gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const file = path.join(dir, 'never.json');
    inBuild(file, { ...renderListEnv(file), PORTAL_PUBLISHER_PID: String(gone) });
    await expect(renderList()).rejects.toThrow(`The static publisher (process ${gone}) stopped before it listed what to render`);
  });
});
