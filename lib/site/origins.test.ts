import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrlProblem } from './origins';

describe('SITE_URL', () => {
  it('is a problem when unset, blank, not a URL or a local address; a public origin is fine', () => {
    expect(siteUrlProblem(undefined)).toMatch(/not set.*http:\/\/localhost:3000/);
    expect(siteUrlProblem('  ')).toMatch(/not set/);
    expect(siteUrlProblem('media.example.gov.sg')).toMatch(/is not a URL/);
    for (const local of ['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]/', 'http://0.0.0.0', 'http://portal.localhost']) {
      expect(siteUrlProblem(local), local).toMatch(/a local address/);
    }
    expect(siteUrlProblem('https://media.example.gov.sg')).toBeUndefined();
  });

  it('makes the build say loudly what will be wrong, and a real origin keeps it quiet', () => {
    const build = (siteUrl?: string) => {
      // Inside the project: contentlayer2 compiles its config into the data folder and resolves packages from there.
      mkdirSync('.portal', { recursive: true });
      const scratch = mkdtempSync(path.resolve('.portal', 'test-site-url-'));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NEXT_DIST_DIR: path.relative(process.cwd(), path.join(scratch, 'next')),
        PORTAL_DATA_DIR: path.join(scratch, 'data'),
        PORTAL_CACHE_DIR: path.join(scratch, 'cache'),
        SITE_URL: siteUrl,
      };
      if (siteUrl === undefined) delete env.SITE_URL;
      const result = spawnSync('npx', ['tsx', 'scripts/content/build.ts'], { env, encoding: 'utf8' });
      rmSync(scratch, { recursive: true, force: true });
      expect(result.status, result.stderr).toBe(0);
      return result.stderr;
    };
    const warning = build(undefined);
    expect(warning).toContain('SITE_URL is not set, so every absolute URL will point at http://localhost:3000');
    expect(warning).toMatch(/Canonical links, hreflang alternates, og:image.*feed links and the sitemap/s);
    expect(warning).toContain('SITE_URL=https://');
    expect(build('http://localhost:3000')).toContain('a local address');
    expect(build('https://media.example.gov.sg')).not.toContain('SITE_URL');
  }, 90_000);
});
