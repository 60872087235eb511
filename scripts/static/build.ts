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
 *
 * A publish starts `next build` first and finds what changed while Next
 * compiles (lib/routes/render-list.ts). It marks its work done in the store
 * only once `out/` holds it. A run that fails writes no manifest. One that
 * fails before it writes into `out/` (Next's build failed) leaves `out/` as
 * it was, and the next run publishes the change; one that fails after (a
 * full disk) leaves `out/` matching no state of the store, and the next run
 * builds everything.
 */
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
import { renderListEnv, writeRenderList, type RenderEntry } from '../../lib/routes/render-list';
import { codeVersion } from '../../lib/publish/code-version';
import { publishContent } from '../../lib/publish/content';
import { allFiles, isPlaceholderFile, outputFiles } from '../../lib/publish/export-files';
import { reportProblems } from '../content/report';
import { nextBin, start, type Step } from '../lib/steps';
import { COMPRESSIBLE, precompress } from './precompress';

process.env.STATIC_EXPORT = '1';
process.env.NEXT_DIST_DIR ||= 'out';
const out = path.resolve(process.env.NEXT_DIST_DIR);
const data = buildDataDir();
const hostDir = path.join(data, 'host');
const stateFile = path.join(data, 'export.json');
const manifestFile = path.join(data, 'publish-manifest.json');
/** The redirects `out/` holds pages for, written when a run has put everything in place. */
const outRedirectsFile = path.join(data, 'out-redirects.json');
// A run that fails leaves no manifest: the last one would name files this run did not write.
rmSync(manifestFile, { force: true });
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

/**
 * Called before a run first writes into `out/`: until it has put everything there, the next run cannot
 * publish into `out/` (it would not know what this one wrote or deleted), so it builds in full.
 */
const outChanging = () => rmSync(stateFile, { force: true });

/** Runs a step to its end; a failed one fails the build. */
async function finish(step: Step) {
  const code = await step.done;
  if (code !== 0) process.exit(code);
}

const written = new Set<string>();
const deleted = new Set<string>();
const differs = (relative: string, bytes: Buffer) => {
  const file = path.join(out, relative);
  return !existsSync(file) || !readFileSync(file).equals(bytes);
};

/** Writes a file into `out/` only when its bytes differ: what a CDN must upload. */
function put(relative: string, data: string | Buffer) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  if (!differs(relative, bytes)) return;
  const file = path.join(out, relative);
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

type HostFiles = { legacy: LegacyRedirect[]; put: [string, string][]; remove: string[]; hostDir: [string, string][] };

/**
 * Redirect pages, `_headers`, `_redirects` and the nginx files, from the store's host artefacts: what
 * differs from `out/`, to write with `writeHostFiles`. A publish works this out while Next renders.
 * `previousLegacy`: the redirects `out/` was built with; one that is the same and still has its page
 * is left alone (comparing 20,000 pages' bytes took a second of a publish at 10,000 releases).
 * `removing`: the files of outputs this publish removes.
 */
function planHostFiles(previousLegacy: LegacyRedirect[], removing: ReadonlySet<string>): HostFiles {
  const model = siteModel();
  const { legacy } = hostArtefacts(model);
  const site = hostSite(model);
  const bundle = negotiateBundle();
  const current = new Set(legacy.map((redirect) => redirect.from));
  const before = new Map(previousLegacy.map((redirect) => [redirect.from, JSON.stringify(redirect)]));
  const pageOf = (from: string) => path.join(decodeURI(from).slice(1), 'index.html');
  const put: [string, string][] = [];
  // Never replace a page of the site with a redirect page.
  for (const redirect of legacy.filter(({ from }) => !site.has(from))) {
    const page = pageOf(redirect.from);
    if (before.get(redirect.from) === JSON.stringify(redirect) && !removing.has(page) && existsSync(path.join(out, page))) continue;
    put.push([page, redirectPage(redirect, bundle)]);
  }
  put.push(['_headers', headersFile()], ['_redirects', redirectsFile(legacy)]);
  return {
    legacy,
    put: put.filter(([file, text]) => differs(file, Buffer.from(text))),
    // A redirect that went, unless a page of the site took its path.
    remove: previousLegacy.filter(({ from }) => !current.has(from) && !site.has(from)).map(({ from }) => pageOf(from)),
    hostDir: [
      ['portal-host.js', njsModule(bundle)],
      ['legacy.map', legacyMap(legacy)],
      ['security-headers.conf', securityHeadersConf()],
      ['nginx.conf', staticServer({ dir: hostDir, root: out, listen: process.env.STATIC_LISTEN ?? '8080' })],
    ],
  };
}

function writeHostFiles(files: HostFiles) {
  for (const file of files.remove) remove(file);
  for (const [file, text] of files.put) put(file, text);
  mkdirSync(hostDir, { recursive: true });
  for (const [name, text] of files.hostDir) writeFileSync(path.join(hostDir, name), text);
}

let model: SiteModel | undefined;
/** The store's model, built once per run (about a second at 10,000 releases); a publish sets it from its new index. */
const siteModel = () => (model ??= buildModel(readIndex(storeDir())!));

/** What a partial `next build` renders, as `generateStaticParams` reads it (lib/routes/render-list.ts). */
function renderEntries(paths: string[]): RenderEntry[] {
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

/**
 * What `out/` was built with: the store's own copy can be ahead of it, after a publish that failed
 * between the store and `out/`. (Archives built before this file existed: the store's.)
 */
const previousLegacy = !incremental
  ? []
  : existsSync(outRedirectsFile)
    ? (JSON.parse(readFileSync(outRedirectsFile, 'utf8')) as LegacyRedirect[])
    : (readHostArtefacts(storeDir())?.legacy ?? []);
let urls = { changed: [] as string[], added: [] as string[], removed: [] as string[] };

/** What the content step leaves to write once the outputs are in `out/`: until then, the store says they are owed. */
const storeWrites: (() => void)[] = [];
let hostFiles: HostFiles;

if (!incremental) {
  outChanging();
  await finish(start('content', ['--import', 'tsx', 'scripts/content/build.ts']));
  phase('content');
  rmSync(exportDir, { recursive: true, force: true });
  await finish(start('next build', [nextBin, 'build'], { env: exportEnv }));
  moveInto(exportDir, out);
  phase('next build');
  emptyNextBuildDir();
  phase('clean');
  for (const file of allFiles(out).filter(isPlaceholderFile)) rmSync(path.join(out, file));
  for (const file of allFiles(out)) written.add(file);
  await writeCards();
  phase('cards');
  hostFiles = planHostFiles([], new Set());
  writeHostFiles(hostFiles);
  phase('host files');
} else {
  // Next starts and compiles (2.5 s, from its cache) while the content step finds what changed (up to a
  // second at 10,000 releases); the routes wait for the render list (lib/routes/render-list.ts).
  const list = path.join(data, 'render-only.json');
  rmSync(list, { force: true });
  rmSync(exportDir, { recursive: true, force: true });
  const build = start('next build', [nextBin, 'build'], { env: { ...exportEnv, ...renderListEnv(list) } });
  // A publish that fails from here on leaves the store saying its outputs are owed: the next one renders them.
  const published = await publishContent(contentDir(), storeDir(), { defer: (write) => storeWrites.push(write) });
  if (published.problems.length) reportProblems(published.problems, contentDir());
  if (published.problems.some((problem) => problem.severity === 'error')) process.exit(1);
  urls = published.update?.outputs ?? urls;
  if (published.update) model = published.update.state.model;
  phase('content');
  const render = [...urls.changed, ...urls.added];
  const removing = urls.removed.flatMap((output) => outputFiles(out, output));
  if (render.length) {
    writeRenderList(list, renderEntries(render));
    hostFiles = planHostFiles(previousLegacy, new Set(removing));
    await finish(build);
    rmSync(list);
    phase('next build');
    outChanging();
    for (const output of render) for (const file of outputFiles(exportDir, output)) put(file, readFileSync(path.join(exportDir, file)));
    // No card pool here: looking for missing cards walks the whole archive (1.5 s at 10,000 releases), and
    // writeCards renders the few changed cards on their own.
    await writeCards(new Set(render));
    // The same code builds the same chunks; anything new (it should not happen) is still published.
    for (const file of allFiles(path.join(exportDir, '_next')).map((f) => path.join('_next', f))) {
      if (!existsSync(path.join(out, file))) put(file, readFileSync(path.join(exportDir, file)));
    }
  } else {
    build.stop();
    await build.done;
    hostFiles = planHostFiles(previousLegacy, new Set(removing));
    outChanging();
  }
  for (const file of removing) remove(file);
  writeHostFiles(hostFiles);
  phase('copy');
}

const compressed = await precompress([...written].filter((file) => COMPRESSIBLE.test(file)).map((file) => path.join(out, file)));
for (const file of compressed) written.add(path.relative(out, file));
phase('precompress');
for (const write of storeWrites) write();
writeFileSync(outRedirectsFile, JSON.stringify(hostFiles.legacy));
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
