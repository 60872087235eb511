import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBody } from '.';
import { dangerIn } from './danger';
import { hostileBodies } from './hostile';

const links = { publicDir: path.resolve('public'), legacyOrigin: 'https://legacy.example', legacyPathPrefixes: ['/files/'] };

describe('hostile bodies', () => {
  it('the corpus is dangerous before cleaning (the check can fail)', () => {
    const raw = hostileBodies.filter((body) => dangerIn(body).length > 0);
    expect(raw.length).toBeGreaterThanOrEqual(20);
  });

  for (const variant of ['tiptap', 'markdown'] as const) {
    it.each(hostileBodies)(`${variant}: nothing dangerous survives %s`, async (body) => {
      const cleaned = await cleanBody(`<p>Before</p>\n\n${body}\n\n<p>After</p>`, variant, links);
      expect(dangerIn(cleaned.html)).toEqual([]);
      // Escaped text such as alt="&quot; onerror=…" is harmless; a raw tag is not.
      expect(cleaned.html.toLowerCase()).not.toContain('<script');
      expect(cleaned.html).toContain('Before');
    });
  }

  it('harmless markup survives, and new-tab links get noopener noreferrer', async () => {
    const { html } = await cleanBody(
      '<h2>Heading</h2><ul><li><strong>bold</strong></li></ul><table><tr><th>h</th></tr><tr><td>d</td></tr></table>' +
        '<a href="https://example.org" target="_blank" rel="opener">out</a>',
      'tiptap',
      links,
    );
    expect(html).toContain('<h2>Heading</h2>');
    expect(html).toContain('<li><strong>bold</strong></li>');
    expect(html).toContain('<th>h</th>');
    expect(html).toContain('<td>d</td>');
    expect(html).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer">out</a>');
  });
});
