/**
 * `postinstall`: two small patches of the installed Next, each a string
 * replacement checked by `scripts/install/patch-next.test.ts`. When Next
 * changes a patched line, this script fails the install and says which, so an
 * upgrade is looked at, not silently left slow. Both are still needed in
 * Next 16.4.6.
 *
 * 1. **The cache measures fetch-cache entries only.** Next 16 (still so in
 *    16.5.0) measures every entry it puts in the cache with
 *    `JSON.stringify(entry).length`, but only uses the figure for the fetch
 *    cache's 2 MB limit. For a page or a route handler the entry holds
 *    Buffers, which JSON writes as arrays of numbers: at 10,000 releases each
 *    locale's 3.9 MB search index cost about 0.3 s of CPU per render, every
 *    page its RSC payload's share, in each publish and in every prerender of a
 *    full build (BENCHMARKS.md, run of 2026-12-05). The patch measures only
 *    fetch-cache entries: the same warning, the same limit.
 *
 * 2. **No per-segment prefetch data.** For every page it prerenders, Next 16
 *    also decodes the page's RSC payload and encodes it again once per route
 *    segment (`collectSegmentData`), the data its client router fetches when a
 *    `<Link>` prefetches a page. The portal's pages never ask for it: every
 *    link is a plain `<a>` (components/ui/SiteLink.tsx) and a reader's click
 *    is a full page load, so ESLint forbids the modules that would prefetch
 *    (eslint.config.mjs). Making the data was 46 % of page generation
 *    (16.6 of 35.8 s at 1,000 releases), and its files were 9 of the 12
 *    written per page (BENCHMARKS.md, run of 2026-12-07, morning). The patch
 *    returns from the collection before it starts, in the production app-page
 *    runtimes. A prefetch request that still arrives gets what any RSC request
 *    gets: the page's whole payload.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const nextDir = path.dirname(createRequire(import.meta.url).resolve('next/package.json'));

type Patch = {
  /** What the patched Next does, for the install's log and its failure. */
  effect: string;
  files: (root: string) => string[];
  /** The unpatched code, minified and as source, and what replaces it. */
  patterns: { unpatched: RegExp; patched: string }[];
  /** The patched code, to tell a patched file from one whose code moved. */
  patchedMarks: RegExp[];
  /** Files that must contain the code (Next changed it if they do not). */
  required: (root: string) => string[];
};

const compiledDir = (root: string) => path.join(root, 'dist', 'compiled', 'next-server');
const compiled = (root: string, filter: (name: string) => boolean) =>
  readdirSync(compiledDir(root))
    .filter((name) => name.endsWith('.js') && filter(name))
    .map((name) => path.join(compiledDir(root), name));
/** The production runtimes of app pages: `next build` and `next start` run one of these four. */
const appPageRuntimes = (root: string) => compiled(root, (name) => /^app-page(-turbo)?(-experimental)?\.runtime\.prod\.js$/.test(name));

export const patches: Record<'lazyCacheSize' | 'noSegmentPrefetch', Patch> = {
  lazyCacheSize: {
    effect: 'the incremental cache measures fetch-cache entries only',
    files: (root) => [
      ...compiled(root, () => true),
      path.join(root, 'dist', 'server', 'lib', 'incremental-cache', 'index.js'),
      path.join(root, 'dist', 'esm', 'server', 'lib', 'incremental-cache', 'index.js'),
    ],
    patterns: [
      {
        unpatched: /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152/g,
        patched: 'let $1=$3.fetchCache?JSON.stringify($2).length:0;if($3.fetchCache&&$1>2097152',
      },
      {
        unpatched: /const itemSize = JSON\.stringify\((\w+)\)\.length;(\s+)if \((\w+)\.fetchCache && itemSize > 2 \* 1024 \* 1024/g,
        patched: 'const itemSize = $3.fetchCache ? JSON.stringify($1).length : 0;$2if ($3.fetchCache && itemSize > 2 * 1024 * 1024',
      },
    ],
    patchedMarks: [/let \w+=\w+\.fetchCache\?JSON\.stringify\(\w+\)\.length:0;/, /const itemSize = \w+\.fetchCache \? JSON\.stringify\(\w+\)\.length : 0;/],
    required: appPageRuntimes,
  },
  noSegmentPrefetch: {
    effect: 'prerendered pages carry no per-segment prefetch data',
    files: (root) => [
      ...appPageRuntimes(root),
      path.join(root, 'dist', 'server', 'app-render', 'app-render.js'),
      path.join(root, 'dist', 'esm', 'server', 'app-render', 'app-render.js'),
    ],
    patterns: [
      // Minified: the one six-argument function that starts by reading the client reference manifest.
      {
        unpatched: /(async function \w+\(\w+,\w+,\w+,\w+,\w+,\w+\)\{)(let \w+,\{clientModules:\w+,edgeRscModuleMapping:)/g,
        patched: '$1return;$2',
      },
      {
        unpatched:
          /(async function collectSegmentData\(fullPageDataBuffer, prerenderStore, ComponentMod, renderOpts, pagePath, metadata\) \{)(\n)(?! {4}return; \/\/ scripts)/g,
        patched: '$1$2    return; // scripts/install/patch-next.ts: no per-segment prefetch data$2',
      },
    ],
    patchedMarks: [
      /async function \w+\(\w+,\w+,\w+,\w+,\w+,\w+\)\{return;let \w+,\{clientModules:/,
      /return; \/\/ scripts\/install\/patch-next\.ts: no per-segment prefetch data/,
    ],
    required: appPageRuntimes,
  },
};

const has = (text: string, pattern: RegExp) => new RegExp(pattern.source).test(text);

/** Whether the text still has the code the patch replaces. */
const hasUnpatched = (patch: Patch, text: string) => patch.patterns.some(({ unpatched }) => has(text, unpatched));

/** The files of a patch that still have the unpatched code (none once patched). */
export function unpatched(patch: Patch, root = nextDir): string[] {
  return patch.files(root).filter((file) => hasUnpatched(patch, readFileSync(file, 'utf8')));
}

/** Required files that have neither the unpatched nor the patched code: Next moved it. */
export function moved(patch: Patch, root = nextDir): string[] {
  return patch.required(root).filter((file) => {
    const text = readFileSync(file, 'utf8');
    return !hasUnpatched(patch, text) && !isPatched(patch, text);
  });
}

/** The text with the patch applied (unchanged when it already is). */
export const patchText = (patch: Patch, text: string) => patch.patterns.reduce((out, { unpatched, patched }) => out.replace(unpatched, patched), text);

/** Whether the text carries the patched code. */
export const isPatched = (patch: Patch, text: string) => patch.patchedMarks.some((mark) => has(text, mark));

function apply(name: string, patch: Patch): boolean {
  const missing = moved(patch);
  if (missing.length) {
    const { version } = JSON.parse(readFileSync(path.join(nextDir, 'package.json'), 'utf8')) as { version: string };
    console.error(
      `patch-next (${name}): next@${version} no longer has the code scripts/install/patch-next.ts patches in ${missing.map((file) => path.relative(nextDir, file)).join(', ')}. If Next changed what the patch is for, remove it; if the code moved, update its patterns.`,
    );
    return false;
  }
  let patched = 0;
  for (const file of patch.files(nextDir)) {
    const text = readFileSync(file, 'utf8');
    const next = patchText(patch, text);
    if (next === text) continue;
    writeFileSync(file, next);
    patched += 1;
  }
  console.log(`patch-next: ${patch.effect} (${patched} file(s) patched).`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const results = Object.entries(patches).map(([name, patch]) => apply(name, patch));
  if (results.includes(false)) process.exit(1);
}
