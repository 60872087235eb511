import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { negotiateBundleFile } from '../../lib/host/negotiate-bundle';

/**
 * Bundles lib/host/negotiate.ts and `negotiator` into one ES5 script for
 * njs (nginx's JavaScript, ES5 with few later features) and old browsers:
 * esbuild resolves the modules, TypeScript lowers the syntax.
 */
export async function writeNegotiateBundle(): Promise<string> {
  const bundled = await build({
    stdin: {
      contents: "import { negotiateLocale } from './lib/host/negotiate'; globalThis.portalNegotiate = negotiateLocale;",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'neutral',
    mainFields: ['main'],
    target: 'es2015',
    minify: true,
    legalComments: 'none',
  });
  const es5 = ts.transpileModule(bundled.outputFiles[0]!.text, { compilerOptions: { target: ts.ScriptTarget.ES5, removeComments: true } }).outputText;
  const file = negotiateBundleFile();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, es5);
  return file;
}
