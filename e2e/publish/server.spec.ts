import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { publishToken } from '../servers';
import { changes, run, withoutWordBreaks, workspace } from './support';

/**
 * Publishing into running servers: two `next start` processes behind nginx,
 * sharing Next's cache through Redis. `npm run publish` makes both serve the
 * change at once, without a restart; what did not change is served as before.
 */
test('server: a publish reaches both processes and nginx, and leaves the rest untouched', async () => {
  const site = workspace('publish-server');
  const redisPort = 6392;
  const env = {
    CONTENT_DIR: site.content,
    NEXT_DIST_DIR: path.relative(process.cwd(), path.join(site.root, 'next')),
    PORTAL_DATA_DIR: site.data,
    // A Redis of its own (server-shape starts it): the site under test has the shared one.
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    PUBLISH_TOKEN: publishToken,
  };
  run('npm', ['run', 'build'], env);
  const [nginx, first, second] = [3110, 3111, 3112];
  // Its own process group: stopping the group stops Redis, both servers and nginx with it.
  const shape = spawn(
    'npx',
    ['tsx', 'scripts/host/server-shape.ts', '--port', String(nginx), '--first-port', String(first), '--processes', '2', '--redis-port', String(redisPort)],
    {
      env: { ...process.env, ...env, REDIS_URL: '' },
      stdio: 'ignore',
      detached: true,
    },
  );
  try {
    const get = async (port: number, url: string) => {
      const response = await fetch(`http://127.0.0.1:${port}${url}`, { redirect: 'manual' });
      // Which copy answered, for the failure message: nginx's cache status and Next's.
      const copy = ['x-cache-status', 'x-nextjs-cache'].map((name) => `${name}: ${response.headers.get(name)}`).join(', ');
      return { status: response.status, body: withoutWordBreaks(await response.text()), copy };
    };
    await expect
      .poll(
        () =>
          get(nginx, '/en/').then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 90_000 },
      )
      .toBe(200);

    const outputs = () => JSON.parse(readFileSync(path.join(site.data, 'store', 'outputs.json'), 'utf8')) as Record<string, string>;
    const fingerprints = outputs();
    const releasePages = Object.keys(fingerprints).filter((url) => /^\/en\/media-centre\/press-releases\/synthetic-[^/]+\/$/.test(url));
    const pagesBefore = new Map(await Promise.all(releasePages.map(async (url) => [url, (await get(first, url)).body] as const)));
    // A release in the list before: its page has been served (and cached) by every process.
    for (const port of [nginx, first, second]) expect((await get(port, `/en/media-centre/press-releases/${changes.removedSlug}/`)).status).toBe(200);

    const editedCard = `/en/media-centre/press-releases/${changes.editedSlug}/og.png`;
    const cardBefore = Buffer.from(await (await fetch(`http://127.0.0.1:${first}${editedCard}`)).arrayBuffer());

    changes.apply(site.content);
    // A wrong PUBLISH_URL: the store is updated, the command says what it owes and fails; the next run pays it.
    const unreachable = spawnSync('npm', ['run', 'publish'], { env: { ...process.env, ...env, PUBLISH_URL: 'http://127.0.0.1:9' }, encoding: 'utf8' });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/no server answers at http:\/\/127\.0\.0\.1:9 .*URLs are kept in .*pending-revalidation\.json/);
    expect(existsSync(path.join(site.data, 'store', 'pending-revalidation.json'))).toBe(true);
    const output = run('npm', ['run', 'publish'], { ...env, PUBLISH_URL: `http://127.0.0.1:${first}`, WARM_URL: `http://127.0.0.1:${nginx}` });
    expect(output).toMatch(/publish: live in [\d.]+ s \(slowest: /);
    expect(existsSync(path.join(site.data, 'store', 'pending-revalidation.json'))).toBe(false);

    for (const port of [nginx, first, second]) {
      for (const locale of ['en', 'zh'] as const) {
        const page = await get(port, `/${locale}/media-centre/press-releases/${changes.newSlug}/`);
        expect(page.status, `${port} ${locale}`).toBe(200);
        expect(page.body).toContain(changes.newTitle[locale]);
        expect((await get(port, `/${locale}/media-centre/press-releases/${changes.newSlug}/og.png`)).status).toBe(200);
        expect((await get(port, `/${locale}/`)).body).toContain(changes.newTitle[locale]);
        expect((await get(port, `/${locale}/feed.xml`)).body).toContain(changes.newTitle[locale]);
      }
      for (const locale of ['en', 'zh'] as const) {
        // Every list the new release belongs in: the list, its year (new with it), the sitemap, search.
        for (const url of [`/${locale}/media-centre/press-releases/`, `/${locale}/media-centre/press-releases/2026/`, `/${locale}/search-index/0.json`]) {
          const answer = await get(port, url);
          expect(answer.status, `${port} ${url}`).toBe(200);
          expect(answer.body, `${port} ${url}`).toContain(changes.newTitle[locale]);
        }
      }
      expect((await get(port, '/sitemaps/sitemap/releases-2026.xml')).body).toContain(`/zh/media-centre/press-releases/${changes.newSlug}/`);

      // The correction, wherever the English title shows: its page, the side-by-side view, feeds (the site's and its topics'), search, its card.
      for (const url of [
        `/en/media-centre/press-releases/${changes.editedSlug}/`,
        `/en/media-centre/press-releases/${changes.editedSlug}/bilingual/`,
        '/en/feed.xml',
        '/en/topics/digital-economy/feed.xml',
        '/en/topics/talent/atom.xml',
        '/en/search-index/0.json',
      ]) {
        expect((await get(port, url)).body, `${port} ${url}`).toContain(changes.editedTitle);
      }
      const cardAfter = Buffer.from(await (await fetch(`http://127.0.0.1:${port}${editedCard}`)).arrayBuffer());
      expect(cardAfter.subarray(0, 8).toString('hex'), 'a PNG').toBe('89504e470d0a1a0a');
      expect(cardAfter.equals(cardBefore), `${port}: the corrected card`).toBe(false);

      // Withdrawn: a 404 in the reader's language, and gone from every list, feed, sitemap and index.
      const gone = await get(port, `/en/media-centre/press-releases/${changes.removedSlug}/`);
      expect(gone.status, `${port}`).toBe(404);
      expect(gone.body).toContain('<html lang="en"');
      for (const url of [
        '/en/',
        '/en/media-centre/press-releases/',
        '/en/media-centre/press-releases/2024/',
        '/en/feed.xml',
        '/en/atom.xml',
        '/en/feed.json',
        '/en/search-index/0.json',
        '/sitemaps/sitemap/releases-2024.xml',
        '/en/topics/ai/',
        '/en/topics/ai/feed.xml',
      ]) {
        expect((await get(port, url)).body, `${port} ${url}`).not.toContain(`/${changes.removedSlug}/`);
      }
      // The index names releases by slug (the small archive's index is one part).
      expect(JSON.parse((await get(port, '/en/search-index.json')).body), `${port}`).toMatchObject({ parts: 1 });
      expect((await get(port, '/en/search-index/0.json')).body, `${port}`).not.toContain(`"${changes.removedSlug}"`);
      expect((await get(port, `/media-centre/press-releases/${changes.removedSlug}/`)).status).toBe(404);
    }
    // Pages the change does not touch are served byte for byte as before; the others changed.
    const after = outputs();
    const untouched = releasePages.filter((url) => after[url] === fingerprints[url]);
    expect(untouched.length).toBeGreaterThan(releasePages.length / 2);
    for (const url of releasePages) {
      const body = (await get(second, url)).body;
      if (untouched.includes(url)) expect(body, url).toBe(pagesBefore.get(url));
      else expect(body, url).not.toBe(pagesBefore.get(url));
    }

    // The resident publisher: it stays running and publishes what lands in the content folder, with no command per change.
    const resident = spawn('npm', ['run', '--silent', 'publish', '--', '--watch', '--verbose'], {
      env: { ...process.env, ...env, PUBLISH_URL: `http://127.0.0.1:${first}`, WARM_URL: `http://127.0.0.1:${nginx}` },
      detached: true,
    });
    let said = '';
    resident.stdout.on('data', (chunk) => (said += chunk));
    resident.stderr.on('data', (chunk) => (said += chunk));
    try {
      // Its first round looks at every file: everything is already published.
      await expect.poll(() => said, { timeout: 30_000 }).toContain('publish: nothing changed');
      const recorrected = 'Tax Relief for SMEs (corrected by the resident publisher)';
      const cardsBefore = await Promise.all(
        [nginx, first, second].map(async (port) => Buffer.from(await (await fetch(`http://127.0.0.1:${port}${editedCard}`)).arrayBuffer())),
      );
      changes.retitle(site.content, changes.editedFile, recorrected);
      await expect.poll(() => said, { timeout: 60_000 }).toMatch(/publish: live in [\d.]+ s/);
      // Once its round has ended, everywhere: a second correction of the same release reaches its route
      // handlers (feeds, search index, card) again, not only its pages.
      for (const [i, port] of [nginx, first, second].entries()) {
        for (const url of [`/en/media-centre/press-releases/${changes.editedSlug}/`, '/en/feed.xml', '/en/topics/talent/atom.xml', '/en/search-index/0.json']) {
          const answer = await get(port, url);
          expect(answer.body, `${port} ${url} (${answer.copy}); the publisher said:\n${said}`).toContain(recorrected);
        }
        const card = Buffer.from(await (await fetch(`http://127.0.0.1:${port}${editedCard}`)).arrayBuffer());
        expect(card.equals(cardsBefore[i]!), `${port}: the card of the second correction`).toBe(false);
      }
      expect(said).not.toMatch(/did not answer|no server answers/);
    } finally {
      process.kill(-resident.pid!, 'SIGTERM');
    }
  } finally {
    process.kill(-shape.pid!, 'SIGTERM');
  }
});
