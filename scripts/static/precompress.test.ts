import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliOptions, precompress } from './precompress';

const text = (bytes: number) => {
  let out = '';
  for (let i = 0; out.length < bytes; i += 1) out += `<p class="release">Press release ${i}: synthetic text, line ${i % 97}.</p>\n`;
  return out.slice(0, bytes);
};

describe('precompress', () => {
  it('sizes brotli’s window to the file: never smaller than the file, never the 4 MB default for a small one', () => {
    for (const size of [0, 1, 900, 2_000, 50_000, 300_000, 5_000_000, 100_000_000]) {
      const window = brotliOptions(size).params![constants.BROTLI_PARAM_LGWIN] as number;
      expect(window).toBeGreaterThanOrEqual(constants.BROTLI_MIN_WINDOW_BITS);
      expect(window).toBeLessThanOrEqual(constants.BROTLI_MAX_WINDOW_BITS);
      if (size < 2 ** constants.BROTLI_MAX_WINDOW_BITS) expect(2 ** window).toBeGreaterThan(size);
      if (size < 2 ** 15) expect(window).toBeLessThan(constants.BROTLI_DEFAULT_WINDOW);
    }
  });

  it('compresses as well as the default window', () => {
    for (const size of [2_000, 50_000, 300_000]) {
      const body = Buffer.from(text(size));
      const sized = brotliCompressSync(body, brotliOptions(size)).length;
      const standard = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length;
      expect(sized).toBeLessThanOrEqual(standard * 1.01);
    }
  });

  it('writes .gz and .br copies that decompress to the file, and only for text files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const page = path.join(dir, 'index.html');
    const image = path.join(dir, 'card.png');
    writeFileSync(page, text(20_000));
    writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const written = await precompress([page, image]);
    expect(written.sort()).toEqual([`${page}.br`, `${page}.gz`]);
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).equals(readFileSync(page))).toBe(true);
    expect(gunzipSync(readFileSync(`${page}.gz`)).equals(readFileSync(page))).toBe(true);
  });
});
