import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip, type BrotliOptions } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg|map|webmanifest)$/;

/**
 * Brotli's settings for a file of `size` bytes: quality 9, and a window just
 * large enough for the whole file. The default window (4 MB) makes brotli set
 * up tables for 4 MB on every call: 12 ms for a 2 kB file, 73 ms for 50 kB,
 * against 0.06 and 1.8 ms with a window sized to the file, for the same bytes
 * give or take a few (scripts/static/precompress.test.ts). A static export of
 * 10,000 releases has about 230,000 text files: that was over an hour of
 * compression, and is now 342 s, most of it the disk (BENCHMARKS.md).
 */
export function brotliOptions(size: number): BrotliOptions {
  const { BROTLI_MIN_WINDOW_BITS, BROTLI_MAX_WINDOW_BITS } = constants;
  const window = Math.min(BROTLI_MAX_WINDOW_BITS, Math.max(BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(size + 1))));
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_LGWIN]: window,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

/**
 * Writes `.gz` and `.br` beside each text file so a host serves compressed
 * bytes without compressing per request (nginx gzip_static, most CDNs).
 * gzip 9 and brotli 9, not 11: brotli 11 took 109 of a 175 s export of
 * 1,000 releases for a few percent of size. zlib runs on libuv's thread
 * pool, so a few files at a time use every core. Returns the files written.
 */
export async function precompress(files: string[], concurrency = Math.max(4, availableParallelism() * 2)): Promise<string[]> {
  const queue = files.filter((file) => COMPRESSIBLE.test(file));
  const written: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const file = queue[next++]!;
      const body = await readFile(file);
      await writeFile(`${file}.gz`, await gzipAsync(body, { level: 9 }));
      await writeFile(`${file}.br`, await brotliAsync(body, brotliOptions(body.length)));
      written.push(`${file}.gz`, `${file}.br`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}
