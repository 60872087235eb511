import { encode } from 'uqr';

export type QrCode = {
  /** Modules per side, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /**
   * One SVG path of the dark modules, one unit per module, to be stroked
   * one unit wide: each run of dark modules in a row is a horizontal line
   * through the row's middle (`M x y.5 h run`, then `m gap 0 h run` along
   * the row). Half the bytes of a rectangle per run, and the page carries
   * the path twice (HTML and React's payload).
   */
  path: string;
};

/**
 * A QR code of a page's address, made at build time: only the URL goes in.
 * Medium error correction survives a smudged printout; the four-module quiet
 * zone the standard asks for keeps it readable on a dark page, where the
 * code sits on its own white square. */
export function qrCode(url: string): QrCode {
  const { size, data } = encode(url, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    let end: number | undefined; // where the previous run of this row ended
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < size && row[x + 1]) x++;
      const run = x - start + 1;
      path += end === undefined ? `M${start} ${y}.5h${run}` : `m${start - end} 0h${run}`;
      end = x + 1;
    }
  });
  return { size, path };
}
