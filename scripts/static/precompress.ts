import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|map|webmanifest)$/;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/**
 * Writes `.gz` and `.br` beside every text file so a host serves compressed
 * bytes without compressing per request (nginx gzip_static, most CDNs).
 * Returns the number of files compressed.
 */
export async function precompress(root: string, concurrency = 8): Promise<number> {
  const queue: string[] = [];
  for await (const file of files(root)) if (TEXT.test(file)) queue.push(file);
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const file = queue[next++]!;
      const body = await readFile(file);
      await writeFile(`${file}.gz`, await gzipAsync(body, { level: 9 }));
      await writeFile(
        `${file}.br`,
        await brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return queue.length;
}
