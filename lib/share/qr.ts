import { encode } from 'uqr';

export type QrCode = {
  /** Modules per side, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** One SVG path of the dark modules, one unit per module. */
  path: string;
};

/**
 * A QR code of a page's address, made at build time: only the URL goes in.
 * Medium error correction survives a smudged printout; the four-module quiet
 * zone the standard asks for keeps it readable on a dark page, where the
 * code sits on its own white square. Runs of dark modules in a row are one
 * rectangle each, which keeps the path a fraction of `renderSVG`'s size.
 */
export function qrCode(url: string): QrCode {
  const { size, data } = encode(url, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < size && row[x + 1]) x++;
      const run = x - start + 1;
      path += `M${start} ${y}h${run}v1h-${run}z`;
    }
  });
  return { size, path };
}
