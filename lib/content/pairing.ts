import type { Block } from './body';

/** One row of the side-by-side view: blocks of the two languages that say the same thing, or one alone. */
export type PairedRow = { left?: Block; right?: Block };

/**
 * Pairs the blocks of two translations in order: headings with headings,
 * lists with lists, paragraphs with paragraphs. When the counts differ, the
 * longest common run of block kinds is paired and the rest is shown alone,
 * in place, rather than pairing a paragraph with the wrong one.
 */
export function pairBlocks(left: readonly Block[], right: readonly Block[]): PairedRow[] {
  const n = left.length;
  const m = right.length;
  // lcs[i][j]: pairs possible between left[i…] and right[j…].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i]![j] = left[i]!.kind === right[j]!.kind ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const rows: PairedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && left[i]!.kind === right[j]!.kind && lcs[i]![j] === lcs[i + 1]![j + 1]! + 1) rows.push({ left: left[i++], right: right[j++] });
    else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) rows.push({ left: left[i++] });
    else rows.push({ right: right[j++] });
  }
  return rows;
}

/** Do two bodies pair up block for block? */
export const pairsUp = (left: readonly Block[], right: readonly Block[]) => pairBlocks(left, right).every((row) => row.left && row.right);
