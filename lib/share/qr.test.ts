import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrCode } from './qr';

const url = 'https://www.example.gov.sg/zh/media-centre/press-releases/singapore-and-shenzhen-drive-smart-city-collaboration/';

/** Paints the path back onto a grid, as a one-unit stroke draws it: the modules it covers. */
function paint(path: string, size: number) {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b, run] of path.matchAll(/([Mm])(\d+) (\d+(?:\.5)?)h(\d+)/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else {
      expect(Number(b), 'a relative move stays in its row').toBe(0);
      x += Number(a);
    }
    const row = grid[y]!;
    for (let i = x; i < x + Number(run); i++) {
      expect(row[i], 'module drawn twice').toBe(false);
      row[i] = true;
    }
    x += Number(run);
  }
  return grid;
}

describe('qrCode', () => {
  it('draws exactly the dark modules of the URL’s QR code, with medium error correction', () => {
    const { size, path } = qrCode(url);
    const reference = encode(url, { ecc: 'M', border: 4 });
    expect(size).toBe(reference.size);
    expect(path).toMatch(/^(M\d+ \d+\.5h\d+(m\d+ 0h\d+)*)+$/);
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
