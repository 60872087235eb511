/**
 * `postinstall`: one line of Next's incremental cache, made lazy.
 *
 * Next 16 (16.4.6 here, still so in 16.5.0) measures every entry it puts in
 * the cache with `JSON.stringify(entry).length`, but only uses the figure
 * for the fetch cache's 2 MB limit. For a page or a route handler the entry
 * holds Buffers, which JSON writes as arrays of numbers: at 10,000 releases
 * each locale's 3.9 MB search index cost about 0.3 s of CPU per render, every
 * page its RSC payload's share, in each publish and in every prerender of a
 * full build (BENCHMARKS.md, run of 2026-12-05). Nothing else reads the figure.
 *
 * The patch measures only fetch-cache entries: the same warning, the same
 * limit. It is a string replacement on the installed files, checked by
 * `scripts/install/patch-next.test.ts`; when Next changes the line, this script
 * fails the install and says so, so an upgrade is looked at, not silently
 * left slow.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const nextDir = path.dirname(createRequire(import.meta.url).resolve('next/package.json'));

/** The unguarded measurement, minified (`let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152`) and as source. */
const patterns = [
  {
    unguarded: /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152/g,
    guarded: 'let $1=$3.fetchCache?JSON.stringify($2).length:0;if($3.fetchCache&&$1>2097152',
  },
  {
    unguarded: /const itemSize = JSON\.stringify\((\w+)\)\.length;(\s+)if \((\w+)\.fetchCache && itemSize > 2 \* 1024 \* 1024/g,
    guarded: 'const itemSize = $3.fetchCache ? JSON.stringify($1).length : 0;$2if ($3.fetchCache && itemSize > 2 * 1024 * 1024',
  },
];
const guardedMarks = [/let \w+=\w+\.fetchCache\?JSON\.stringify\(\w+\)\.length:0;/, /const itemSize = \w+\.fetchCache \? JSON\.stringify\(\w+\)\.length : 0;/];

/** The files Next runs: the servers' runtimes and the incremental cache itself (CommonJS and ESM). */
export function runtimeFiles(root = nextDir): string[] {
  const compiled = path.join(root, 'dist', 'compiled', 'next-server');
  return [
    ...readdirSync(compiled)
      .filter((name) => name.endsWith('.js'))
      .map((name) => path.join(compiled, name)),
    path.join(root, 'dist', 'server', 'lib', 'incremental-cache', 'index.js'),
    path.join(root, 'dist', 'esm', 'server', 'lib', 'incremental-cache', 'index.js'),
  ];
}

/** Files that still measure every entry (none once patched). */
export const unpatched = (files = runtimeFiles()) =>
  files.filter((file) => {
    const text = readFileSync(file, 'utf8');
    return patterns.some(({ unguarded }) => new RegExp(unguarded.source).test(text));
  });

function patch() {
  let patched = 0;
  let alreadyGuarded = 0;
  for (const file of runtimeFiles()) {
    const text = readFileSync(file, 'utf8');
    const next = patterns.reduce((out, { unguarded, guarded }) => out.replace(unguarded, guarded), text);
    if (next !== text) {
      writeFileSync(file, next);
      patched += 1;
    } else if (guardedMarks.some((mark) => mark.test(text))) alreadyGuarded += 1;
  }
  if (!patched && !alreadyGuarded) {
    const { version } = JSON.parse(readFileSync(path.join(nextDir, 'package.json'), 'utf8')) as { version: string };
    console.error(
      `patch-next: next@${version} no longer has the line scripts/install/patch-next.ts makes lazy. If Next fixed it, remove the script and its postinstall; if it moved, update the patterns.`,
    );
    process.exit(1);
  }
  console.log(`patch-next: the incremental cache measures fetch-cache entries only (${patched} file(s) patched, ${alreadyGuarded} already).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) patch();
