import { describe, expect, it } from 'vitest';
import { readSpec, seededRandom } from '../testing/corpus';
import type { Block } from './body';
import { pairBlocks, pairsUp } from './pairing';

const english = [
  '## Background',
  'Singapore and Shenzhen signed four agreements.',
  'The projects cover low-carbon solutions and biomedicine.',
  '- Smart city pilots\n- Talent exchanges',
  '## Quotes',
  'The minister welcomed the partnership.',
].join('\n\n');
const chinese = ['## 背景', '新加坡与深圳签署了四项协议。', '这些项目涵盖低碳解决方案和生物医药。', '- 智慧城市试点\n- 人才交流', '## 引述', '部长对这一合作表示欢迎。'].join('\n\n');

const blocksOf = async (locale: 'en' | 'zh', body: string) => (await readSpec({ slug: 'pair', locale, date: '2024-01-02', body })).blocks;
const kinds = (blocks: readonly (Block | undefined)[]) => blocks.map((block) => block?.kind ?? '-');

describe('block pairing for the side-by-side page', () => {
  it('pairs bodies of the same shape one to one, in order', async () => {
    const [left, right] = [await blocksOf('en', english), await blocksOf('zh', chinese)];
    expect(kinds(left)).toEqual(['heading', 'paragraph', 'paragraph', 'list', 'heading', 'paragraph']);
    const rows = pairBlocks(left, right);
    expect(rows).toEqual(left.map((block, i) => ({ left: block, right: right[i] })));
    expect(pairsUp(left, right)).toBe(true);
  });

  it('leaves one row alone, in place, when a translation lacks a paragraph', async () => {
    const left = await blocksOf('en', english);
    const right = await blocksOf('zh', chinese.replace('这些项目涵盖低碳解决方案和生物医药。\n\n', ''));
    const rows = pairBlocks(left, right);
    expect(rows).toHaveLength(left.length);
    const alone = rows.filter((row) => !row.right);
    expect(alone).toHaveLength(1);
    expect(rows.every((row) => row.left)).toBe(true);
    // The paragraph without a counterpart stays between its neighbours; everything after still pairs.
    expect(rows.indexOf(alone[0]!)).toBeLessThan(rows.findIndex((row) => row.left?.kind === 'list'));
    expect(rows.slice(3).map((row) => [row.left!.html, row.right!.html])).toEqual(left.slice(3).map((block, i) => [block.html, right[i + 2]!.html]));
    expect(pairsUp(left, right)).toBe(false);
  });

  it('never puts a heading beside a paragraph, even when the counts match', () => {
    const block = (kind: Block['kind'], n: number): Block => ({ kind, html: `<x>${kind} ${n}</x>` });
    const left = [block('heading', 1), block('paragraph', 2), block('paragraph', 3)];
    const right = [block('paragraph', 1), block('heading', 2), block('paragraph', 3)];
    const rows = pairBlocks(left, right);
    expect(rows.every((row) => !row.left || !row.right || row.left.kind === row.right.kind)).toBe(true);
    expect(pairsUp(left, right)).toBe(false);
  });

  it('on random bodies: keeps both orders, pairs only equal kinds, and pairs as many as possible', () => {
    const random = seededRandom(11);
    const kindsPool: Block['kind'][] = ['heading', 'paragraph', 'paragraph', 'list', 'other'];
    const body = (side: string) =>
      Array.from({ length: Math.floor(random() * 9) }, (_, n): Block => ({ kind: kindsPool[Math.floor(random() * kindsPool.length)]!, html: `${side}${n}` }));
    // Longest common subsequence of kinds, by plain recursion: the most rows that can pair.
    const most = (a: Block[], b: Block[]): number => {
      if (!a.length || !b.length) return 0;
      if (a[0]!.kind === b[0]!.kind) return 1 + most(a.slice(1), b.slice(1));
      return Math.max(most(a.slice(1), b), most(a, b.slice(1)));
    };
    for (let round = 0; round < 300; round += 1) {
      const left = body('l');
      const right = body('r');
      const rows = pairBlocks(left, right);
      expect(rows.flatMap((row) => (row.left ? [row.left] : []))).toEqual(left);
      expect(rows.flatMap((row) => (row.right ? [row.right] : []))).toEqual(right);
      const paired = rows.filter((row) => row.left && row.right);
      expect(paired.every((row) => row.left!.kind === row.right!.kind)).toBe(true);
      expect(paired).toHaveLength(most(left, right));
    }
  });
});
