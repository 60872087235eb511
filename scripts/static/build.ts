/**
 * `npm run build:static`: the site as plain files in `out/` for static hosts
 * and CDNs, with host configuration for nginx and Netlify-style hosts.
 *
 * Run over an `out/` that this same code built (same code version, see
 * lib/publish/code-version.ts), it publishes: the content store is updated
 * from the files that changed, `next build` renders only the outputs whose
 * data changed, and only files whose bytes differ are written into `out/`.
 * Every run writes `.portal/static/publish-manifest.json`: what changed, for
 * a CDN upload and purge. Otherwise it builds everything.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildModel, type SiteModel } from '../../lib/content/model';
import { buildDataDir, contentDir, storeDir } from '../../lib/content/store/location';
import { readIndex } from '../../lib/content/store/write';
import { hostArtefacts } from '../../lib/host/artefacts';
import { readHostArtefacts } from '../../lib/host/host-file';
import { negotiateBundle } from '../../lib/host/negotiate-bundle';
import type { LegacyRedirect } from '../../lib/host/legacy';
import { hostSite } from '../../lib/host/site';
import { legacyMap, njsModule, securityHeadersConf, staticServer } from '../../lib/host/nginx';
import { headersFile, redirectPage, redirectsFile } from '../../lib/host/static-hosts';
import { cardTexts, type CardData } from '../../lib/og/card-data';
import { cardPng, renderCardPng } from '../../lib/og/render';
import { siteOutputs, type Output } from '../../lib/routes/outputs';
import type { RenderEntry } from '../../lib/routes/static-params';
import { codeVersion } from '../../lib/publish/code-version';
import { publishContent } from '../../lib/publish/content';
import { allFiles, isPlaceholderFile, outputFiles } from '../../lib/publish/export-files';
import { reportProblems } from '../content/report';
import { COMPRESSIBLE, precompress } from './precompress';

process.env.STATIC_EXPORT = '1';
process.env.NEXT_DIST_DIR ||= 'out';
const out = path.resolve(process.env.NEXT_DIST_DIR);
const data = buildDataDir();
const hostDir = path.join(data, 'host');
const stateFile = path.join(data, 'export.json');
const manifestFile = path.join(data, 'publish-manifest.json');
/**
 * Where `next build` exports, full or partial: always this one folder. Next's compile cache (.next/cache) is
 * keyed on the configuration, distDir included, so a full build that exported straight into `out/` left the
 * first publish after it a cold compile (emptyNextBuildDir below is the other half of that wait). A full build moves the
 * folder into `out/` (a rename); a publish copies the files it rendered.
 */
const exportDir = path.join(data, 'next-export');
// Left by builds before the one export folder (December 2026): a partial build's own export and render list.
for (const stale of ['partial-out', 'render-only.txt']) rmSync(path.join(data, stale), { recursive: true, force: true });
/** distDir is joined to the project folder by Next: pass it relative. */
const exportEnv = { NEXT_DIST_DIR: path.relative(process.cwd(), exportDir) };
/** Where an exporting `next build` keeps its own build (Next's getBuildDistDir: `.next` when distDir names the export). */
const nextBuildDir = path.resolve('.next');
/** What Next itself keeps when it empties its build folder (its `cleanDistDir`): the compile cache and logs. */
const NEXT_KEEPS = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);
const started = performance.now();
const seconds = () => Number(((performance.now() - started) / 1000).toFixed(1));
/** Seconds per phase, in the manifest and the last line: where a slow publish spent its time. */
const phases: Record<string, number> = {};
let phaseStart = started;
const phase = (name: string) => {
  const now = performance.now();
  phases[name] = Number(((now - phaseStart) / 1000).toFixed(1));
  phaseStart = now;
};

type State = { codeVersion: string; out: string };
const state = existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as State) : undefined;
const code = codeVersion();
const incremental =
  !process.argv.includes('--full') &&
  state?.codeVersion === code &&
  state.out === out &&
  existsSync(path.join(out, 'index.html')) &&
  Boolean(readIndex(storeDir()));

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const written = new Set<string>();
const deleted = new Set<string>();

/** Writes a file into `out/` only when its bytes differ: what a CDN must upload. */
function put(relative: string, data: string | Buffer) {
  const file = path.join(out, relative);
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  if (existsSync(file) && readFileSync(file).equals(bytes)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  written.add(relative);
}

function remove(relative: string) {
  for (const suffix of ['', '.gz', '.br']) {
    const file = path.join(out, relative + suffix);
    if (existsSync(file)) {
      rmSync(file);
      deleted.add(relative + suffix);
    }
  }
  // And the folders it leaves empty: a withdrawn release's folder is not a page of the site.
  for (let dir = path.dirname(path.join(out, relative)); dir.startsWith(out + path.sep) && isEmptyDir(dir); dir = path.dirname(dir))
    rmSync(dir, { recursive: true });
}

/**
 * Next prerenders every page into its build folder before it exports it, and the next `next build`
 * empties that folder before anything else: after a full build of 10,000 releases, hundreds of thousands of
 * files, which made the first publish after it wait two minutes. The full build removes them itself.
 */
function emptyNextBuildDir() {
  if (!existsSync(nextBuildDir)) return;
  for (const entry of readdirSync(nextBuildDir)) {
    if (!NEXT_KEEPS.has(entry)) rmSync(path.join(nextBuildDir, entry), { recursive: true, force: true });
  }
}

/** Replaces `to` with `from`: a rename, or a copy where they are on different file systems. */
function moveInto(from: string, to: string) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

const isEmptyDir = (dir: string) => existsSync(dir) && readdirSync(dir).length === 0;

/**
 * Redirect pages, `_headers`, `_redirects` and the nginx files, from the store's host artefacts.
 * `previousLegacy`: the redirects `out/` was built with; one that is the same and still has its page
 * is left alone (comparing 20,000 pages' bytes took a second of a publish at 10,000 releases).
 */
function writeHostFiles(previousLegacy: LegacyRedirect[]) {
  const model = siteModel();
  const { legacy } = hostArtefacts(model);
  const site = hostSite(model);
  const bundle = negotiateBundle();
  const current = new Set(legacy.map((redirect) => redirect.from));
  const before = new Map(previousLegacy.map((redirect) => [redirect.from, JSON.stringify(redirect)]));
  const pageOf = (from: string) => path.join(decodeURI(from).slice(1), 'index.html');
  for (const { from } of previousLegacy.filter(({ from }) => !current.has(from))) remove(pageOf(from));
  // Never replace a page of the site with a redirect page.
  for (const redirect of legacy.filter(({ from }) => !site.has(from))) {
    if (before.get(redirect.from) === JSON.stringify(redirect) && existsSync(path.join(out, pageOf(redirect.from)))) continue;
    put(pageOf(redirect.from), redirectPage(redirect, bundle));
  }
  put('_headers', headersFile());
  put('_redirects', redirectsFile(legacy));
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(path.join(hostDir, 'portal-host.js'), njsModule(bundle));
  writeFileSync(path.join(hostDir, 'legacy.map'), legacyMap(legacy));
  writeFileSync(path.join(hostDir, 'security-headers.conf'), securityHeadersConf());
  writeFileSync(path.join(hostDir, 'nginx.conf'), staticServer({ dir: hostDir, root: out, listen: process.env.STATIC_LISTEN ?? '8080' }));
}

let model: SiteModel | undefined;
/** The store's model, built once per run (about a second at 10,000 releases); a publish sets it from its new index. */
const siteModel = () => (model ??= buildModel(readIndex(storeDir())!));

/** What a partial `next build` renders, as `generateStaticParams` reads it (lib/routes/static-params.ts). */
function renderList(paths: string[]): RenderEntry[] {
  const outputs = new Map(siteOutputs(siteModel()).map((output) => [output.path, output]));
  return paths.map((path) => {
    const output = outputs.get(path);
    if (!output) throw new Error(`${path} changed but is not an output of the site`);
    return { path, route: output.route, params: output.params };
  });
}

const isCard = (output: Output) => output.route === 'release-card' || output.route === 'default-card';

/** Cards are not rendered by `next build` (lib/og/pool.ts renders them before): copy them from the card cache. */
async function writeCards(only?: Set<string>) {
  for (const output of siteOutputs(siteModel()).filter(isCard)) {
    if (only && !only.has(output.path)) continue;
    const png = (await cardPng(output.data() as CardData, (card) => renderCardPng(card, cardTexts(card)))).png;
    put(output.path.slice(1), png);
  }
}

const previousLegacy = incremental ? (readHostArtefacts(storeDir())?.legacy ?? []) : [];
let urls = { changed: [] as string[], added: [] as string[], removed: [] as string[] };

if (!incremental) {
  run('npx', ['tsx', 'scripts/content/build.ts']);
  phase('content');
  rmSync(exportDir, { recursive: true, force: true });
  run('npx', ['next', 'build'], exportEnv);
  moveInto(exportDir, out);
  phase('next build');
  emptyNextBuildDir();
  phase('clean');
  for (const file of allFiles(out).filter(isPlaceholderFile)) rmSync(path.join(out, file));
  for (const file of allFiles(out)) written.add(file);
  await writeCards();
  phase('cards');
  writeHostFiles([]);
  phase('host files');
} else {
  const published = await publishContent(contentDir(), storeDir());
  if (published.problems.length) reportProblems(published.problems, contentDir());
  if (published.problems.some((problem) => problem.severity === 'error')) process.exit(1);
  urls = published.update?.outputs ?? urls;
  if (published.update) model = published.update.state.model;
  phase('content');
  const render = [...urls.changed, ...urls.added];
  if (render.length) {
    // No card pool here: looking for missing cards walks the whole archive (1.5 s at 10,000 releases), and
    // writeCards below renders the few changed cards on their own.
    const list = path.join(data, 'render-only.json');
    writeFileSync(list, JSON.stringify(renderList(render)));
    rmSync(exportDir, { recursive: true, force: true });
    run('npx', ['next', 'build'], { ...exportEnv, PORTAL_RENDER_ONLY: list });
    phase('next build');
    for (const output of render) for (const file of outputFiles(exportDir, output)) put(file, readFileSync(path.join(exportDir, file)));
    await writeCards(new Set(render));
    // The same code builds the same chunks; anything new (it should not happen) is still published.
    for (const file of allFiles(path.join(exportDir, '_next')).map((f) => path.join('_next', f))) {
      if (!existsSync(path.join(out, file))) put(file, readFileSync(path.join(exportDir, file)));
    }
  }
  for (const output of urls.removed) for (const file of outputFiles(out, output)) remove(file);
  phase('copy');
  writeHostFiles(previousLegacy);
  phase('host files');
}

const compressed = await precompress([...written].filter((file) => COMPRESSIBLE.test(file)).map((file) => path.join(out, file)));
for (const file of compressed) written.add(path.relative(out, file));
phase('precompress');
writeFileSync(stateFile, JSON.stringify({ codeVersion: code, out } satisfies State));
const manifest = {
  mode: incremental ? 'incremental' : 'full',
  finishedAt: new Date().toISOString(),
  seconds: seconds(),
  phases,
  urls,
  files: { written: [...written].sort(), deleted: [...deleted].sort() },
};
writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
console.log(
  `static build (${manifest.mode}): ${urls.changed.length + urls.added.length + urls.removed.length} URLs changed, ${written.size} files written, ${deleted.size} deleted in ${manifest.seconds} s (${Object.entries(
    phases,
  )
    .map(([name, took]) => `${name} ${took} s`)
    .join(', ')}) · manifest ${path.relative(process.cwd(), manifestFile)} · nginx ${path.relative(process.cwd(), hostDir)}/nginx.conf`,
);
