import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderListEnv, type RenderEntry } from './render-list';
import { PLACEHOLDER, staticParams } from './static-params';

const dir = mkdtempSync(path.join(tmpdir(), 'render-only-'));

function renderOnly(entries: RenderEntry[]) {
  const file = path.join(dir, 'render-only.json');
  writeFileSync(file, JSON.stringify(entries));
  for (const [name, value] of Object.entries(renderListEnv(file))) vi.stubEnv(name, value);
  // No store here: reading the model would throw, so these params can only come from the list.
  vi.stubEnv('PORTAL_DATA_DIR', path.join(dir, 'no-store'));
}

afterEach(() => vi.unstubAllEnvs());

describe('generateStaticParams of a partial static build', () => {
  it('takes the params of the listed outputs of the route, in the language asked for, without the model', async () => {
    renderOnly([
      { path: '/en/media-centre/press-releases/a/', route: 'release-or-year', params: { locale: 'en', slug: 'a' } },
      { path: '/zh/media-centre/press-releases/a/', route: 'release-or-year', params: { locale: 'zh', slug: 'a' } },
      { path: '/en/media-centre/press-releases/a/card.png', route: 'release-card', params: { locale: 'en', slug: 'a' } },
    ]);
    expect(await staticParams('release-or-year', ['slug'], { locale: 'zh' })).toEqual([{ slug: 'a' }]);
    expect(await staticParams('release-card', ['locale', 'slug'])).toEqual([{ locale: 'en', slug: 'a' }]);
  });

  it('gives a route with nothing to render its stand-in in a static export (Next refuses an empty list)', async () => {
    renderOnly([]);
    vi.stubEnv('STATIC_EXPORT', '1');
    expect(await staticParams('topic', ['topic'], { locale: 'en' })).toEqual([{ topic: PLACEHOLDER }]);
    vi.stubEnv('STATIC_EXPORT', '');
    expect(await staticParams('topic', ['topic'], { locale: 'en' })).toEqual([]);
  });
});
