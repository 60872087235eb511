import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { ports, servers } from './e2e/servers';

/**
 * Builds under test (`npm test` makes them first):
 * - the real content (`.next-site`, built with REDIS_URL so its processes share a cache),
 *   served as operators deploy it: `next start` bound to 127.0.0.1, bound to 0.0.0.0, and two
 *   processes behind the generated nginx configuration with Redis;
 * - the edge-case fixture corpus (`.next-fixtures`), `next start` on 127.0.0.1;
 * - the static export (`out/`) behind its generated nginx configuration.
 * Publishing tests (e2e/publish/) build their own small sites.
 */
const systemChromium = '/usr/bin/chromium';
const url = (port: number) => `http://127.0.0.1:${port}`;

const ONLY_ELSEWHERE = [/fixtures\//, /static\//, /publish\//, /serving\//];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: existsSync(systemChromium) ? { executablePath: systemChromium } : {},
  },
  projects: [
    { name: 'site', testIgnore: ONLY_ELSEWHERE, use: { baseURL: url(ports.site) } },
    { name: 'fixtures', testMatch: /fixtures\/.*\.spec\.ts$/, use: { baseURL: url(ports.fixtures) } },
    { name: 'static', testMatch: /static\/.*\.spec\.ts$/, use: { baseURL: url(ports.static) } },
    // The same checks of how the server answers, under each way it is deployed.
    { name: 'serving 127.0.0.1', testMatch: /serving\/.*\.spec\.ts$/, use: { baseURL: url(ports.site) } },
    { name: 'serving 0.0.0.0', testMatch: /serving\/.*\.spec\.ts$/, use: { baseURL: url(ports.anyInterface) } },
    { name: 'serving nginx', testMatch: /serving\/.*\.spec\.ts$/, use: { baseURL: url(ports.nginx) } },
    // Builds and serves sites of its own: after everything else, one test at a time.
    { name: 'publish', testMatch: /publish\/.*\.spec\.ts$/, fullyParallel: false, timeout: 600_000 },
  ],
  webServer: servers,
});
