import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '.';

const good = (overrides: Record<string, string> = {}) => {
  const fields = {
    title: 'A title',
    permalink: '/media-centre/press-releases/a/',
    date: '2024-01-02',
    description: 'Summary.',
    variant: 'tiptap',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== '<omit>')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n<p>Body.</p>`;
};

/** Ten files, each broken in a different way, plus a valid pair. */
const broken: Record<string, string> = {
  'releases/en/no-title.md': good({ title: '""', permalink: '/p/no-title/' }),
  'releases/en/no-permalink.md': good({ permalink: '<omit>' }),
  'releases/en/no-date.md': good({ date: '<omit>', permalink: '/p/no-date/' }),
  'releases/zh/bad-date.md': good({ date: '"2023-13-45"', permalink: '/p/bad-date/' }),
  'releases/en/feb-30.md': good({ date: '2023-02-30', permalink: '/p/feb-30/' }),
  'releases/en/bad-permalink.md': good({ permalink: '"/p/has space/"' }),
  'releases/en/no-slash.md': good({ permalink: 'p/no-slash' }),
  'releases/en/bad-yaml.md': '---\ntitle: [unclosed\npermalink: /p/x/\n---\nbody',
  'releases/en/bad-variant.md': good({ variant: 'wysiwyg', permalink: '/p/bad-variant/' }),
  'releases/fr/wrong-folder.md': good({ permalink: '/p/fr/' }),
};

function corpus(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const options = (contentDir: string) => ({
  contentDir,
  publicDir: path.resolve('public'),
  legacyOrigin: 'https://legacy.example.gov',
  legacyPathPrefixes: ['/files/'],
  timeZone: 'Asia/Singapore',
});

describe('content check', () => {
  const dir = corpus(broken);

  it('reports every broken file once, naming the file and the field', async () => {
    const errors = (await checkContent(options(dir))).filter((problem) => problem.severity === 'error');
    const lines = errors.map(formatProblem);
    expect(lines).toHaveLength(10);
    expect(lines).toEqual(
      expect.arrayContaining([
        'releases/en/bad-permalink.md: permalink: "/p/has space/" contains characters that cannot be in a URL path (spaces, quotes, <, >, #, ?…)',
        'releases/en/bad-variant.md: variant: "wysiwyg" is not a known body format (known: tiptap; leave it out for Markdown)',
        expect.stringMatching(/^releases\/en\/bad-yaml\.md: front matter: is not valid YAML: .*line 2, column 1$/),
        'releases/en/feb-30.md: date: "2023-02-30" is not a valid date (YYYY-MM-DD, or YYYY-MM-DD HH:MM)',
        'releases/en/no-date.md: date: is missing or empty',
        'releases/en/no-permalink.md: permalink: is missing or empty',
        'releases/en/no-slash.md: permalink: "p/no-slash" must start and end with "/"',
        'releases/en/no-title.md: title: is missing or empty',
        'releases/fr/wrong-folder.md: location: is not in a language folder (releases/en/ or releases/zh/)',
        'releases/zh/bad-date.md: date: "2023-13-45" is not a valid date (YYYY-MM-DD, or YYYY-MM-DD HH:MM)',
      ]),
    );
  });

  it('finds duplicates within a language, and warns about missing translations', async () => {
    const problems = (await checkContent(
      options(
        corpus({
          'releases/en/a.md': good(),
          'releases/en/b-copy.md': good(),
          'releases/en/other-section.md': good({ permalink: '/speeches/a/' }),
          'releases/zh/a.md': good(),
          'releases/en/only-english.md': good({ permalink: '/p/only-english/', description: '<omit>' }),
        }),
      ),
    )).map(formatProblem);
    expect(problems).toContain('releases/en/b-copy.md: permalink: "/media-centre/press-releases/a/" is also used by releases/en/a.md');
    expect(problems).toContain('releases/en/other-section.md: slug: "a" is also used by releases/en/a.md');
    expect(problems).toContain('releases/en/only-english.md: translation: has no zh counterpart with permalink "/p/only-english/"');
    expect(problems).toContain(
      'releases/en/only-english.md: description: is missing: listings, feeds and previews will use the first paragraph of the body',
    );
  });

  it('rejects unknown topics and slugs that collide with listing URLs', async () => {
    const problems = (await checkContent(
      options(
        corpus({
          'releases/en/topics.md': good({ topics: '[ai, quantum-gravity]' }),
          'releases/en/year.md': good({ permalink: '/media-centre/press-releases/2024/' }),
        }),
      ),
    )).map(formatProblem);
    expect(problems).toContain(
      'releases/en/topics.md: topics: "quantum-gravity" is not a known topic (known: ai, sustainability, digital-economy, cybersecurity, smart-nation, media, connectivity, talent)',
    );
    expect(problems).toContain(
      'releases/en/year.md: permalink: "/media-centre/press-releases/2024/" ends in "2024", which is the URL of that year\'s archive',
    );
  });

  it('warns about dead file links and missing images, and passes the real content', async () => {
    const problems = (
      await checkContent(options(corpus({ 'releases/en/a.md': good({ image: '/images/none.png' }).replace('<p>Body.</p>', '<a href="/docs/gone.pdf">x</a>') })))
    ).map(formatProblem);
    expect(problems).toContain('releases/en/a.md: image: "/images/none.png" is not a file in public/; the generated card is used');
    expect(problems).toContain('releases/en/a.md: body: links to "/docs/gone.pdf", which is neither in public/ nor on the legacy site');
    expect(await checkContent(options(path.resolve('content')))).toEqual([]);
  });

  it('warns, with both files, when a translation pair does not pair up block for block', async () => {
    const pair = (locale: string, body: string) => good({ permalink: '/media-centre/press-releases/pair/' }).replace('<p>Body.</p>', body);
    const problems = (
      await checkContent(
        options(
          corpus({
            'releases/en/pair.md': pair('en', '<p>One.</p><h2>Two</h2><ul><li>Three</li></ul>'),
            'releases/zh/pair.md': pair('zh', '<p>一。</p><ul><li>三</li></ul>'),
          }),
        ),
      )
    ).map(formatProblem);
    expect(problems).toContain(
      'releases/en/pair.md: body: does not pair up block for block with releases/zh/pair.md (3 blocks against 2): the side-by-side view shows the unpaired ones alone',
    );
    expect(problems).toContain(
      'releases/zh/pair.md: body: does not pair up block for block with releases/en/pair.md (2 blocks against 3): the side-by-side view shows the unpaired ones alone',
    );
  });

  it('warns the stale translation, naming the day of each version, and says nothing of a pair in step', async () => {
    const release = (updated: string) => good({ permalink: '/media-centre/press-releases/stale/', date: '2025-03-01', ...(updated ? { updated, change_note: 'Figures corrected.' } : {}) });
    const check = async (en: string, zh: string) =>
      (await checkContent(options(corpus({ 'releases/en/stale.md': release(en), 'releases/zh/stale.md': release(zh) })))).map(formatProblem);
    expect(await check('2025-04-02', '2025-03-12')).toEqual([
      'releases/zh/stale.md: translation: the English version was updated on 2025-04-02, after this one last changed (2025-03-12): this one may not include the change',
    ]);
    expect(await check('2025-03-05', '2025-03-12')).toEqual([
      'releases/en/stale.md: translation: the 中文 version was updated on 2025-03-12, after this one last changed (2025-03-05): this one may not include the change',
    ]);
    expect(await check('2025-03-12', '2025-03-12')).toEqual([]);
  });

  it('fails the CLI and the build with the same lines and a non-zero exit', () => {
    for (const command of [['run', '--silent', 'check:content'], ['run', '--silent', 'build']]) {
      // Into folders of its own: were the check ever to pass, the build must not overwrite anyone's.
      const scratch = mkdtempSync(path.join(tmpdir(), 'check-build-'));
      const env = { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: path.relative(process.cwd(), path.join(scratch, 'next')), PORTAL_DATA_DIR: path.join(scratch, 'data') };
      const result = spawnSync('npm', command, { env, encoding: 'utf8' });
      expect(result.status).not.toBe(0);
      const lines = result.stderr.split('\n').filter((line) => line.startsWith('error '));
      expect(lines).toHaveLength(10);
      expect(result.stdout).toContain('content check: 10 error(s)');
    }
  }, 60_000);
});
