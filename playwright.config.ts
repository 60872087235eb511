import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Three builds under test: the real content (`npm run build`, next start),
 * the edge-case fixture corpus (`npm run build:fixtures`, next start), and
 * the static export (`npm run build:static`, out/ behind the generated nginx config).
 */
const sitePort = Number(process.env.E2E_PORT ?? 3100);
const fixturesPort = sitePort + 1;
const staticPort = sitePort + 2;
const url = (port: number) => `http://localhost:${port}`;

// Playwright cannot download its own browser on these machines; Debian's works.
const systemChromium = '/usr/bin/chromium';
const FIXTURE_SPECS = /fixtures\/.*\.spec\.ts$/;
const STATIC_SPECS = /static\/.*\.spec\.ts$/;

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
    { name: 'site', testIgnore: [FIXTURE_SPECS, STATIC_SPECS], use: { baseURL: url(sitePort) } },
    { name: 'fixtures', testMatch: FIXTURE_SPECS, use: { baseURL: url(fixturesPort) } },
    { name: 'static', testMatch: STATIC_SPECS, use: { baseURL: url(staticPort) } },
  ],
  // Both run the production builds (`npm run build`, `npm run build:fixtures`).
  webServer: [
    {
      command: `npx next start -p ${sitePort}`,
      url: `${url(sitePort)}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${fixturesPort}`,
      env: { NEXT_DIST_DIR: '.next-fixtures' },
      url: `${url(fixturesPort)}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `bash scripts/static/serve-nginx.sh ${staticPort}`,
      url: `${url(staticPort)}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
