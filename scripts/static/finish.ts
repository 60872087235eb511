/**
 * Second half of `npm run build:static`, after `next build` exported `out/`:
 * redirect pages and maps, host configuration, precompressed siblings.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bodiesShowImagesFrom, legacyRedirects } from '../../lib/legacy-redirects.mjs';
import { legacyOrigin } from '../../lib/origins.mjs';
import { headersFile, nginxRedirectMap, nginxSecurityHeaders, nginxServer, redirectPage, redirectsFile, type Redirect } from './host-config';
import { precompress } from './precompress';

const out = path.resolve('out');
const hostDir = path.resolve('host-config');
if (!existsSync(path.join(out, 'en', 'index.html'))) {
  console.error('out/ has no export: run `npm run build:static`, not this script alone');
  process.exit(1);
}

/**
 * Listings with later pages have a page 1 URL that must lead back to the
 * listing (so do export placeholders, lib/static-params.ts, which exist only
 * to satisfy the export and are replaced here).
 */
function firstPageRedirects(dir = out): Redirect[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) return [];
    if (name === 'page' && (existsSync(path.join(full, '2')) || existsSync(path.join(full, '1')))) {
      const base = `/${path.relative(out, dir)}/`;
      return [{ from: `${base}page/1/`, to: base }];
    }
    return firstPageRedirects(full);
  });
}

const redirects: Redirect[] = [...legacyRedirects(), ...firstPageRedirects()];
let pages = 0;
for (const { from, to } of redirects) {
  const file = path.join(out, decodeURI(from), 'index.html');
  const placeholder = /\/page\/1\/$/.test(from);
  if (!file.startsWith(out + path.sep) || (existsSync(file) && !placeholder)) continue; // never overwrite a real page
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, redirectPage(to));
  pages += 1;
}
// Same rule as the server build: the legacy origin is an image source only if a body shows one from it.
const headerOptions = { legacyImageOrigin: bodiesShowImagesFrom(legacyOrigin()) ? legacyOrigin() : undefined };
writeFileSync(path.join(out, '_redirects'), redirectsFile(redirects));
writeFileSync(path.join(out, '_headers'), headersFile(headerOptions));

mkdirSync(hostDir, { recursive: true });
const redirectMap = path.join(hostDir, 'redirects.map');
const securityHeadersFile = path.join(hostDir, 'security-headers.conf');
writeFileSync(redirectMap, nginxRedirectMap(redirects));
writeFileSync(securityHeadersFile, nginxSecurityHeaders(headerOptions));
writeFileSync(
  path.join(hostDir, 'nginx.conf'),
  nginxServer({ root: out, listen: process.env.STATIC_LISTEN ?? '8080', redirectMap, securityHeadersFile }),
);

const compressed = await precompress(out);
console.log(
  `static build: ${redirects.length} redirects (${pages} redirect pages), ${compressed} files precompressed (.gz, .br); host config in ${path.relative(process.cwd(), hostDir)}/`,
);
