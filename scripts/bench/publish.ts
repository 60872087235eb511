/**
 * `npm run bench:publish -- --sizes 1000,10000 [--shapes static,server]`
 *
 * Publishing into a built archive, as the press office does it: one release
 * corrected (English title), one new release in both languages, one old
 * release withdrawn in both languages, then everything put back. Measured
 * per step:
 *
 * - static shape: `npm run build:static` run again over the existing `out/`;
 *   wall time, URLs changed and files written/deleted (its publish manifest);
 * - server shape: two `next start` behind nginx sharing Redis
 *   (scripts/host/server-shape.ts); from the file change until both
 *   processes and nginx serve the change (`npm run publish`, then polling
 *   each of them for the new state).
 *
 * `--resident`: on the server shape, the resident publisher (`npm run publish -- --watch`) is started
 * first and picks each change up itself; the live time runs from the file change as before.
 *
 * Builds the archive first when `npm run bench:build` has not left one. On the static shape, one
 * untimed publish and its undoing come first (warmStaticCompile).
 * Target (issue 15): ≤ 15 s server, ≤ 30 s static, 10,000 ≤ 1.25 × 1,000.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchEnv, corpus, machine, seconds, table } from '../lib/bench';
import { measure } from '../lib/measure';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    shapes: { type: 'string', default: 'static,server' },
    resident: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const shapes = values.shapes!.split(',') as ('server' | 'static')[];
const header = machine();
const token = 'bench-publish-token';
const ports = { nginx: 3603, first: 3605, redis: 6395 };
const envFor = (shape: 'server' | 'static', size: number, content: string) => ({ ...benchEnv(shape, size, content, ports.redis), PUBLISH_TOKEN: token });
const tsconfig = readFileSync('tsconfig.json', 'utf8');
process.on('exit', () => writeFileSync('tsconfig.json', tsconfig));

const releasesDir = (content: string, locale: string) => path.join(content, 'releases', locale);
const fileOf = (content: string, locale: string, slug: string) => readdirSync(releasesDir(content, locale)).find((name) => name.endsWith(`-${slug}.md`));
/** A release file's text with another title. */
const retitled = (text: string, title: string) => text.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);

type Step = { name: string; apply: () => void; url: string; expect: (html: string, status: number) => boolean };

/** The steps, and what a reader should see on `url` once each is live. */
function steps(content: string, size: number): Step[] {
  const edited = 'synthetic-release-00002';
  const withdrawn = 'synthetic-release-00003';
  const added = 'bench-published-release';
  const editedFile = path.join(releasesDir(content, 'en'), fileOf(content, 'en', edited)!);
  const original = readFileSync(editedFile, 'utf8');
  const withdrawnFiles = ['en', 'zh']
    .map((locale) => ({ locale, name: fileOf(content, locale, withdrawn) }))
    .filter((file): file is { locale: string; name: string } => Boolean(file.name))
    .map((file) => ({
      path: path.join(releasesDir(content, file.locale), file.name),
      text: readFileSync(path.join(releasesDir(content, file.locale), file.name), 'utf8'),
    }));
  const newTitle = { en: `Bench: a release published into ${size}`, zh: `基准测试：发布到${size}篇的新闻稿` };
  const addedPath = (locale: 'en' | 'zh') => path.join(releasesDir(content, locale), `2026-11-20-${added}.md`);
  const release = (locale: 'en' | 'zh') =>
    `---\ntitle: ${JSON.stringify(newTitle[locale])}\npermalink: "/media-centre/press-releases/${added}/"\ndate: "2026-11-20"\ndescription: "Synthetic."\nvariant: "tiptap"\n---\n<p>Synthetic text for benchmarks; not a real press release.</p>\n`;
  const correction = `Corrected title ${Date.now()}`;
  const page = (slug: string) => `/en/media-centre/press-releases/${slug}/`;
  return [
    {
      name: 'correct a title (en)',
      apply: () => writeFileSync(editedFile, retitled(original, correction)),
      url: page(edited),
      expect: (html) => html.includes(correction),
    },
    {
      name: 'add a release (en + zh)',
      apply: () => (['en', 'zh'] as const).forEach((locale) => writeFileSync(addedPath(locale), release(locale))),
      url: '/en/',
      expect: (html) => html.includes(newTitle.en),
    },
    {
      name: 'withdraw a release (en + zh)',
      apply: () => withdrawnFiles.forEach((file) => rmSync(file.path)),
      url: page(withdrawn),
      expect: (_, status) => status === 404,
    },
    {
      name: 'put all three back',
      apply: () => {
        writeFileSync(editedFile, original);
        (['en', 'zh'] as const).forEach((locale) => rmSync(addedPath(locale)));
        withdrawnFiles.forEach((file) => writeFileSync(file.path, file.text));
      },
      url: page(withdrawn),
      expect: (html, status) => status === 200 && !html.includes(correction),
    },
  ];
}

async function ensureBuilt(shape: 'server' | 'static', env: Record<string, string>) {
  const built = shape === 'server' ? existsSync(path.join(env.NEXT_DIST_DIR!, 'BUILD_ID')) : existsSync(path.join(env.NEXT_DIST_DIR!, 'index.html'));
  if (built && existsSync(path.join(env.PORTAL_DATA_DIR!, 'store'))) return;
  console.log(`building the ${shape} shape first…`);
  const run = shape === 'server' ? await measure('npm', ['run', 'build'], env) : await measure('npx', ['tsx', 'scripts/static/build.ts', '--full'], env);
  if (run.code !== 0) throw new Error(`baseline ${shape} build failed:\n${run.output.slice(-3000)}`);
}

/**
 * One publish and its undoing, not timed, before a static archive's steps. Next keeps one compile cache
 * per project (`.next/cache`) and keys it on the export folder, which is each archive's own: the first
 * publish after the other archive's recompiled everything (13–16 s instead of 5 s in that step's
 * `next build`, 2026-12-07), a cost a site with one archive never pays. An operator's first publish
 * after a full build finds the build's own cache.
 */
async function warmStaticCompile(env: Record<string, string>, content: string) {
  const file = path.join(releasesDir(content, 'en'), fileOf(content, 'en', 'synthetic-release-00004')!);
  const original = readFileSync(file, 'utf8');
  try {
    for (const text of [retitled(original, 'Bench warm-up'), original]) {
      writeFileSync(file, text);
      const run = await measure('npx', ['tsx', 'scripts/static/build.ts'], env);
      if (run.code !== 0) throw new Error(`static warm-up publish failed:\n${run.output.slice(-3000)}`);
    }
  } finally {
    // A failed warm-up leaves the corpus as it found it.
    writeFileSync(file, original);
  }
}

async function fetchState(base: string, url: string) {
  const response = await fetch(base + url, { redirect: 'manual', headers: { 'Cache-Control': 'no-cache' } });
  return { status: response.status, html: await response.text() };
}

async function staticStep(env: Record<string, string>, step: Step) {
  const started = performance.now();
  step.apply();
  const run = await measure('npx', ['tsx', 'scripts/static/build.ts'], env);
  if (run.code !== 0) throw new Error(`static publish failed:\n${run.output.slice(-3000)}`);
  const ms = performance.now() - started;
  const manifest = JSON.parse(readFileSync(path.join(env.PORTAL_DATA_DIR!, 'publish-manifest.json'), 'utf8'));
  if (manifest.mode !== 'incremental') throw new Error(`the static build did not publish incrementally (${manifest.mode})`);
  const file = path.join(env.NEXT_DIST_DIR!, step.url, 'index.html');
  const live = existsSync(file) ? step.expect(readFileSync(file, 'utf8'), 200) : step.expect('', 404);
  if (!live) throw new Error(`after "${step.name}", ${file} does not show the change`);
  const urls = manifest.urls;
  return {
    'live s': seconds(ms),
    'peak GB': Number((run.peakBytes / 1e9).toFixed(2)),
    'URLs changed': urls.changed.length + urls.added.length + urls.removed.length,
    'files written': manifest.files.written.length,
    'files deleted': manifest.files.deleted.length,
    // Where the time went (scripts/static/build.ts).
    'phases s': Object.entries((manifest.phases ?? {}) as Record<string, number>)
      .map(([name, took]) => `${name} ${took}`)
      .join(', '),
  };
}

const publishEnv = (env: Record<string, string>) => ({ ...env, PUBLISH_URL: `http://127.0.0.1:${ports.first}`, WARM_URL: `http://127.0.0.1:${ports.nginx}` });

/** A resident publisher and what it has printed; `round()` waits for the end of its next round. */
async function startResident(env: Record<string, string>) {
  const child = spawn('npm', ['run', '--silent', 'publish', '--', '--watch'], { env: { ...process.env, ...publishEnv(env) }, detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const ended = /publish: (live in|nothing changed|store updated).*\n/;
  const round = async (from: number) => {
    const started = performance.now();
    while (!ended.test(output.slice(from))) {
      if (/publish: .*(failed|did not answer|no server answers|answered \d)/.test(output.slice(from)))
        throw new Error(`the resident publisher failed:\n${output.slice(from)}`);
      if (performance.now() - started > 300_000) throw new Error(`the resident publisher did not finish a round:\n${output.slice(from)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return output.slice(from);
  };
  await round(0);
  return {
    mark: () => output.length,
    round,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // gone
      }
    },
  };
}

type Resident = Awaited<ReturnType<typeof startResident>>;

async function serverStep(env: Record<string, string>, step: Step, resident?: Resident) {
  const started = performance.now();
  const mark = resident?.mark() ?? 0;
  step.apply();
  // The operators' command, as they type it, or the resident publisher seeing the files change.
  const run = resident ? { code: 0, output: '' } : await measure('npm', ['run', '--silent', 'publish'], publishEnv(env));
  if (run.code !== 0) throw new Error(`npm run publish failed:\n${run.output.slice(-3000)}`);
  const published = performance.now() - started;
  const bases = [ports.nginx, ports.first, ports.first + 1].map((port) => `http://127.0.0.1:${port}`);
  for (const base of bases) {
    for (;;) {
      const state = await fetchState(base, step.url);
      if (step.expect(state.html, state.status)) break;
      if (performance.now() - started > 120_000) throw new Error(`${base}${step.url} did not show "${step.name}" within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  // Live: every changed URL rendered (the resident publisher's round has ended) and the step's URL served everywhere.
  if (resident) run.output = await resident.round(mark);
  const live = performance.now() - started;
  const urls = Number(
    run.output
      .match(/→ (\d+) URLs to render, (\d+) gone/)
      ?.slice(1)
      .reduce((a, b) => a + Number(b), 0) ?? NaN,
  );
  return {
    'publish command s': resident ? '(resident)' : seconds(published),
    'live s (nginx + both processes)': seconds(live),
    'URLs changed': urls,
    // The command's own account: store step, and its three slowest renders.
    'store s': Number(run.output.match(/removed → .*\((\d+\.\d) s\)/)?.[1] ?? NaN),
    slowest: run.output.match(/slowest: (.*)\)/)?.[1] ?? '',
  };
}

async function startServerShape(env: Record<string, string>) {
  const child = spawn(
    'npx',
    [
      'tsx',
      'scripts/host/server-shape.ts',
      '--port',
      String(ports.nginx),
      '--first-port',
      String(ports.first),
      '--processes',
      '2',
      '--redis-port',
      String(ports.redis),
    ],
    { env: { ...process.env, ...env, REDIS_URL: '' }, stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${ports.nginx}/en/`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // gone
    }
    spawnSync('sleep', ['1']);
  };
}

const rows: Record<string, unknown>[] = [];
for (const size of sizes) {
  const content = corpus(size);
  for (const shape of shapes) {
    const env = envFor(shape, size, content);
    await ensureBuilt(shape, env);
    if (shape === 'static') await warmStaticCompile(env, content);
    const stopServers = shape === 'server' ? await startServerShape(env) : () => {};
    const resident = shape === 'server' && values.resident ? await startResident(env) : undefined;
    const stop = () => {
      resident?.stop();
      stopServers();
    };
    try {
      for (const step of steps(content, size)) {
        const figures = shape === 'server' ? await serverStep(env, step, resident) : await staticStep(env, step);
        const row = { shape, releases: size, step: step.name, ...figures };
        rows.push(row);
        console.log(row);
      }
    } finally {
      stop();
    }
  }
}

const ratios = shapes.flatMap((shape) => {
  const worst = (size: number) =>
    Math.max(
      ...rows.filter((row) => row.shape === shape && row.releases === size).map((row) => Number(row['live s'] ?? row['live s (nginx + both processes)'])),
    );
  return sizes.length > 1
    ? [
        {
          shape,
          [`worst at ${sizes[0]} s`]: worst(sizes[0]!),
          [`worst at ${sizes.at(-1)} s`]: worst(sizes.at(-1)!),
          ratio: Number((worst(sizes.at(-1)!) / worst(sizes[0]!)).toFixed(2)),
        },
      ]
    : [];
});

console.log(`
### Publishing (${new Date().toISOString().slice(0, 10)}, ${header})

${shapes.map((shape) => table(rows.filter((row) => row.shape === shape))).join('\n\n')}

${ratios.length ? table(ratios) : ''}
`);
