/**
 * The servers the end-to-end tests run against, started by Playwright
 * (playwright.config.ts) from the builds `npm test` made. One Redis serves
 * the real-content build's processes (its cache handler needs it).
 */
export const ports = {
  site: Number(process.env.E2E_PORT ?? 3100),
  fixtures: 3101,
  static: 3102,
  nginx: 3103,
  anyInterface: 3104,
  /** The two `next start` behind nginx. */
  upstream: 3105,
  redis: 6391,
} as const;

export const redisUrl = `redis://127.0.0.1:${ports.redis}`;
export const publishToken = 'e2e-publish-token';

const reuse = !process.env.CI;
const site = { NEXT_DIST_DIR: '.next-site', REDIS_URL: redisUrl, PUBLISH_TOKEN: publishToken };

export const servers = [
  {
    command: `redis-server --bind 127.0.0.1 --port ${ports.redis} --save '' --appendonly no`,
    port: ports.redis,
    reuseExistingServer: reuse,
    timeout: 20_000,
  },
  {
    command: `npx next start -H 127.0.0.1 -p ${ports.site}`,
    env: site,
    url: `http://127.0.0.1:${ports.site}/en/`,
    reuseExistingServer: reuse,
    timeout: 60_000,
  },
  {
    command: `npx next start -H 0.0.0.0 -p ${ports.anyInterface}`,
    env: site,
    url: `http://127.0.0.1:${ports.anyInterface}/en/`,
    reuseExistingServer: reuse,
    timeout: 60_000,
  },
  {
    command: `npx tsx scripts/host/server-shape.ts --port ${ports.nginx} --first-port ${ports.upstream} --processes 2`,
    env: site,
    url: `http://127.0.0.1:${ports.nginx}/en/`,
    reuseExistingServer: reuse,
    timeout: 90_000,
  },
  {
    command: `npx next start -H 127.0.0.1 -p ${ports.fixtures}`,
    env: { NEXT_DIST_DIR: '.next-fixtures' },
    url: `http://127.0.0.1:${ports.fixtures}/en/`,
    reuseExistingServer: reuse,
    timeout: 60_000,
  },
  {
    command: `bash scripts/static/serve-nginx.sh ${ports.static}`,
    url: `http://127.0.0.1:${ports.static}/en/`,
    reuseExistingServer: reuse,
    timeout: 30_000,
  },
];
