import { describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSearchTexts } from './build-index';
import { search } from './query';

const body = 'Four new projects were established, focusing on low-carbon solutions and biomedicine.';
const docs = [
  { slug: 'newer', title: 'Smart city projects', day: '2024-01-02', summary: 'Projects launched.', text: body, shard: 1 },
  { slug: 'older', title: 'Biomedicine grant', day: '2023-01-02', summary: 'A grant.', text: 'Grant for research.', shard: 0 },
];

describe('search index and texts', () => {
  it('finds words of the body, but ships no body text in the index', () => {
    const index = buildSearchIndex(docs, 'en');
    expect(JSON.stringify(index)).not.toContain('low-carbon solutions');
    const hits = search([index], 'biomed');
    // The title hit ranks first; the body hit says its snippet comes from the body, in shard 1.
    expect(hits.map((hit) => [hit.slug, hit.inBody, hit.shard])).toEqual([
      ['older', false, 0],
      ['newer', true, 1],
    ]);
  });

  it('packs postings as gaps from the previous doc and reads every doc and field back', () => {
    const many = Array.from({ length: 40 }, (_, n) => ({
      slug: `r${n}`,
      title: n % 7 === 3 ? 'Harbour works' : 'Other news',
      day: '2024-01-01',
      summary: n % 5 === 1 ? 'The harbour reopens.' : 'Nothing here.',
      text: n === 37 ? 'A note on the harbour.' : 'Plain text.',
      shard: 0,
    }));
    const index = buildSearchIndex(many, 'en');
    const packed = index.postings[index.terms.indexOf('harbour')]!;
    // Docs 1, 3, 6, 10, 11, 16, 17, 21, 24, 26, 31, 36, 37, 38: stored as gaps, not doc numbers.
    expect(packed.length).toBe(14);
    expect(Math.max(...packed)).toBeLessThan(6 * 8);
    const hits = search([index], 'harbour');
    expect(hits.map((hit) => hit.slug).sort()).toEqual(['r1', 'r3', 'r6', 'r10', 'r11', 'r16', 'r17', 'r21', 'r24', 'r26', 'r31', 'r36', 'r37', 'r38'].sort());
    expect(hits.find((hit) => hit.slug === 'r37')).toMatchObject({ inBody: true, score: 1 });
    expect(hits.find((hit) => hit.slug === 'r38')).toMatchObject({ inBody: false, score: 4 });
    expect(hits.find((hit) => hit.slug === 'r31')).toMatchObject({ inBody: false, score: 6 });
  });

  it('merges the hits of every part: best first, then newest first across parts', () => {
    const part = (n: number) => ({
      slug: `p${n}`,
      title: n === 0 ? 'Harbour works' : 'News',
      day: `202${n}-01-01`,
      summary: 'The harbour.',
      text: '',
      shard: n,
    });
    // Parts as numbered: oldest first; each part lists its releases newest first.
    const parts = [buildSearchIndex([part(1), part(0)], 'en'), buildSearchIndex([part(3), part(2)], 'en')];
    expect(search(parts, 'harbour').map((hit) => hit.slug)).toEqual(['p0', 'p3', 'p2', 'p1']);
    expect(search([], 'harbour')).toEqual([]);
  });

  it('puts each shard’s texts in its own file, white space collapsed', () => {
    expect(buildSearchTexts([{ slug: 'a', text: '\n\nOne\n  two\n' }], 'en')).toEqual({ version: 1, lang: 'en', texts: [['a', 'One two']] });
  });
});
