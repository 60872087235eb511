import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrCode } from './qr';

const url = 'https://www.example.gov.sg/zh/media-centre/press-releases/singapore-and-shenzhen-drive-smart-city-collaboration/';

/** Paints the path back onto a grid: the modules it covers. */
function paint(path: string, size: number) {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const row = grid[Number(y)]!;
    for (let i = Number(x); i < Number(x) + Number(run); i++) {
      expect(row[i], 'module drawn twice').toBe(false);
      row[i] = true;
    }
  }
  return grid;
}

describe('qrCode', () => {
  it('draws exactly the dark modules of the URL’s QR code, with medium error correction', () => {
    const { size, path } = qrCode(url);
    const reference = encode(url, { ecc: 'M', border: 4 });
    expect(size).toBe(reference.size);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(paint(path, size)).toEqual(reference.data);
  });

  it('keeps a four-module quiet zone clear on every side', () => {
    const { size, path } = qrCode(url);
    const grid = paint(path, size);
    const edge = [0, 1, 2, 3, size - 4, size - 3, size - 2, size - 1];
    for (const i of edge) {
      expect(grid[i]!.some(Boolean)).toBe(false);
      expect(grid.some((row) => row[i])).toBe(false);
    }
  });

  it('changes with the URL', () => {
    expect(qrCode(url).path).not.toBe(qrCode(url.replace('/zh/', '/en/')).path);
  });
});
