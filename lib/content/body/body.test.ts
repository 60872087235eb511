import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clip, cleanBody, type LinkOptions } from '.';

const publicDir = mkdtempSync(path.join(tmpdir(), 'public-'));
mkdirSync(path.join(publicDir, 'files', 'local'), { recursive: true });
writeFileSync(path.join(publicDir, 'files', 'local', 'Annex A.pdf'), 'pdf');

const links: LinkOptions = {
  publicDir,
  legacyOrigin: 'https://legacy.example.gov',
  legacyPathPrefixes: ['/files/'],
};

const tiptap = (raw: string) => cleanBody(raw, 'tiptap', links).then((body) => body.html);

describe('cleanBody on the real CMS export', () => {
  const file = readFileSync(
    path.resolve('content/releases/en/2023-12-14-singapore-and-shenzhen-drive-smart-city-collaboration.md'),
    'utf8',
  );
  const raw = file.split(/^---$/m).slice(2).join('---');

  it('keeps every paragraph, list item and the emphasis', async () => {
    const html = await tiptap(raw);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html.match(/<p>/g)?.length).toBe(10);
    expect(html).toContain('<strong>SINGAPORE, 14 DECEMBER 2023 </strong>');
    expect(html).toContain('Mr. Qin Weizhong.');
    expect(html).toContain('People’s Government');
  });

  it('points the annex at the legacy origin, percent-encoded, opening safely', async () => {
    const html = await tiptap(raw);
    expect(html).toContain(
      'href="https://legacy.example.gov/files/Press%20Releases%202023/Annexes_A_and_B_List_of_MOUs_and_projects_signed_at_SCI.pdf"',
    );
    expect(html).toContain('target="_blank" rel="noopener noreferrer"');
  });

  it('drops the editor-only attributes and the trailing empty paragraph', async () => {
    const html = await tiptap(raw);
    expect(html).not.toContain('data-tight');
    expect(html).not.toContain('class=');
    expect(html).not.toMatch(/<p>\s*<\/p>/);
  });
});

describe('cleanBody sanitizing', () => {
  it.each([
    ['<p>hi</p><script>alert(1)</script>', 'alert(1)'],
    ['<img src="x" onerror="alert(1)">', 'onerror'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'alert(1)'],
    ['<a href="&#106;avascript:alert(1)">x</a>', 'alert(1)'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<p style="color:red">x</p>', 'style'],
    ['<style>body{display:none}</style>', 'display:none'],
    ['<svg onload="alert(1)"><circle/></svg>', 'svg'],
  ])('removes %s', async (input, forbidden) => {
    expect((await tiptap(input)).toLowerCase()).not.toContain(forbidden.toLowerCase());
  });

  it('keeps headings, tables, emphasis and lists, and demotes h1', async () => {
    const html = await tiptap(
      '<h1>Title</h1><h3>Sub</h3><table><tbody><tr><td>1</td></tr></tbody></table><em>e</em><ol><li>a</li></ol>',
    );
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<h3>Sub</h3>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<em>e</em>');
    expect(html).toContain('<ol>');
  });
});

describe('cleanBody links', () => {
  it('keeps a /files/ link local when the file is in public/', async () => {
    expect(await tiptap('<a href="/files/local/Annex A.pdf">a</a>')).toContain('href="/files/local/Annex%20A.pdf"');
  });

  it('does not double-encode an already encoded path', async () => {
    expect(await tiptap('<a href="/files/x/Annex%20B.pdf">b</a>')).toContain(
      'href="https://legacy.example.gov/files/x/Annex%20B.pdf"',
    );
  });

  it('leaves external links alone and refuses path traversal out of public/', async () => {
    expect(await tiptap('<a href="https://example.org/a b">x</a>')).toContain('href="https://example.org/a b"');
    expect(await tiptap('<a href="/files/../../etc/passwd">x</a>')).toContain('https://legacy.example.gov/files/');
  });
});

describe('Markdown bodies', () => {
  it('render Markdown and inline HTML through the same sanitizer', async () => {
    const body = await cleanBody('# Heading\n\nSome **bold** text.\n\n<script>x()</script>\n\n- [link](</files/a b.pdf>)', 'markdown', links);
    expect(body.html).toContain('<h2>Heading</h2>');
    expect(body.html).toContain('<strong>bold</strong>');
    expect(body.html).not.toContain('script');
    expect(body.html).toContain('href="https://legacy.example.gov/files/a%20b.pdf"');
  });
});

describe('clip', () => {
  it('keeps short text whole and cuts long text at a sentence, else a word', () => {
    expect(clip('First one. Second one.')).toBe('First one. Second one.');
    const sentence = 'The first sentence says enough to stand on its own as a summary of the release.';
    expect(clip(`${sentence} ${'word '.repeat(60)}`, 120)).toBe(sentence);
    expect(clip(`Short one. ${'word '.repeat(60)}`, 120)).toMatch(/^Short one\. word .*word…$/);
    expect(clip('第一句很长'.repeat(14) + '。第二句。' + '字'.repeat(300), 120)).toBe('第一句很长'.repeat(14) + '。第二句。');
  });

  it('never returns more than the limit', () => {
    expect(clip('word '.repeat(100), 50).length).toBeLessThanOrEqual(50);
  });
});

describe('what the body yields besides HTML', () => {
  it('blocks in order, the lead paragraph, and the documents it links', async () => {
    const body = await cleanBody(
      '<p></p><ul><li><p>First point</p></li></ul><h2>Heading</h2><p>Para <a href="/files/x/Annex A.pdf" hreflang="en">Annex A</a></p>',
      'tiptap',
      links,
    );
    expect(body.blocks.map((block) => block.kind)).toEqual(['list', 'heading', 'paragraph']);
    expect(body.lead).toBe('First point');
    expect(body.attachments).toEqual([
      { url: 'https://legacy.example.gov/files/x/Annex%20A.pdf', type: 'application/pdf', format: 'PDF', title: 'Annex A', hreflang: 'en' },
    ]);
  });

  it('resolves a relative image against the page on the legacy site, instead of a path that does not exist here', async () => {
    const body = await cleanBody('<img src="chart.png" alt="Chart">', 'tiptap', { ...links, basePath: '/media-centre/press-releases/a/' });
    expect(body.html).toContain('src="https://legacy.example.gov/media-centre/press-releases/a/chart.png"');
  });
});

describe('headings in a body break only between words', () => {
  it('puts a <wbr> between Chinese words and none inside one', async () => {
    const { html, text } = await cleanBody('<h2>新加坡与深圳推动智慧城市合作</h2><p>新加坡与深圳推动智慧城市合作</p>', 'tiptap', links, 'zh-Hans');
    const heading = html.match(/<h2>(.*?)<\/h2>/)![1]!;
    expect(heading.split('<wbr>')).toContain('城市');
    expect(heading).not.toContain('城<wbr>市');
    expect(heading.replaceAll('<wbr>', '')).toBe('新加坡与深圳推动智慧城市合作');
    // Paragraphs wrap as the browser likes; search and summaries see the text without markup.
    expect(html).toContain('<p>新加坡与深圳推动智慧城市合作</p>');
    expect(text).toBe('新加坡与深圳推动智慧城市合作新加坡与深圳推动智慧城市合作');
  });

  it('leaves headings without Chinese as they are', async () => {
    const { html } = await cleanBody('<h3>About <em>IMDA</em></h3>', 'tiptap', links, 'en');
    expect(html).toBe('<h3>About <em>IMDA</em></h3>');
  });
});
