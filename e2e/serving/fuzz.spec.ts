import { expect, test } from '@playwright/test';
import { publishToken, redisUrl } from '../servers';
import { hostileRequests, leaks, rawRequest, runAll, statusCounts, unanswered } from './hostile';

/**
 * Junk traffic against the production server, under each way it is deployed
 * (the `serving …` projects): encoded and invalid paths, overlong URLs, mixed
 * scripts, odd headers, unknown methods (generator in ./hostile.ts, seeded,
 * so a failure names a request that fails again on the next run).
 */
const SEED = 14;
const COUNT = 1200;
/** A behaviour check, not a benchmark: every answer in well under a second. */
const QUICK_MS = 1000;
/** Values of the servers' environment that must never appear in an answer (e2e/servers.ts, or this run's env). */
const secrets = [publishToken, redisUrl, process.env.PUBLISH_TOKEN, process.env.REDIS_URL, process.env.HOME].filter(
  (value): value is string => !!value && value.length >= 4,
);

test(`${COUNT} hostile requests: no server error, no hang, no leak`, async ({ baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const requests = hostileRequests(SEED, COUNT);
  const results = await runAll(baseURL!, requests, 4, 10_000);

  const problems: string[] = [];
  results.forEach((response, index) => {
    const request = requests[index]!;
    const what = `${request.method} ${JSON.stringify(request.path.slice(0, 120))} (${request.label}, headers ${JSON.stringify(Object.keys(request.headers ?? {}))})`;
    if (response.status >= 500) problems.push(`${response.status}: ${what}`);
    if (unanswered(request, response)) problems.push(`no answer (${response.error}): ${what}`);
    if (response.ms >= QUICK_MS) problems.push(`${Math.round(response.ms)} ms: ${what}`);
    const leaked = leaks(response.body, secrets);
    if (leaked.length) problems.push(`body shows ${leaked.join(', ')}: ${what}`);
  });

  const counts = statusCounts(results);
  const times = results.map(({ ms }) => ms).sort((a, b) => a - b);
  const summary = `${testInfo.project.name}: ${COUNT} hostile requests (seed ${SEED}), by status ${JSON.stringify(counts)}; median ${times[times.length >> 1]!.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(0)} ms`;
  console.log(summary);
  await testInfo.attach('status counts', { body: summary, contentType: 'text/plain' });

  expect(problems).toEqual([]);

  // And the junk left the server as it was.
  const after = await rawRequest(baseURL!, { method: 'GET', path: '/en/' });
  expect(after.status).toBe(200);
  expect(after.ms).toBeLessThan(QUICK_MS);
});
