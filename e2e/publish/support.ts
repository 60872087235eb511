import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A site of its own for a publishing test: a copy of the fixture corpus, and folders inside the project (Next requires its distDir there). */
export function workspace(name: string) {
  const root = path.resolve('.portal', `e2e-${name}`);
  rmSync(root, { recursive: true, force: true });
  const content = path.join(root, 'content');
  mkdirSync(root, { recursive: true });
  cpSync(path.resolve('e2e/fixtures/content'), content, { recursive: true });
  return { root, content, data: path.join(root, 'data') };
}

/** Runs an npm script (or a command) and fails the test with its output when it fails. */
export function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

export function filesOf(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesOf(full, path.join(prefix, name)) : [path.join(prefix, name)];
  });
}

export function hashes(dir: string): Map<string, string> {
  return new Map(
    filesOf(dir).map((file) => [
      file,
      createHash('sha1')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

const release = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\nvariant: "tiptap"\n---\n${body}\n`;

/** The three kinds of publish: a new release in both languages, a corrected title, a withdrawn release. */
export const changes = {
  newSlug: 'publishing-test-new-release',
  newTitle: { en: 'Publishing Test: A New Release Today', zh: '发布测试：今天的新新闻稿' },
  editedSlug: 'tax-and-duty-relief',
  /** What the edited release's file name holds (the CMS names files by date and a shorter slug). */
  editedFile: 'tax-and-duty',
  editedTitle: 'Tax Relief for SMEs (corrected title)',
  removedSlug: 'alpha-programme-opens',
  apply(content: string) {
    const permalink = `/media-centre/press-releases/${this.newSlug}/`;
    for (const locale of ['en', 'zh'] as const) {
      writeFileSync(
        path.join(content, 'releases', locale, `2026-11-20-${this.newSlug}.md`),
        release(
          {
            title: this.newTitle[locale],
            permalink,
            date: '2026-11-20',
            description: locale === 'en' ? 'A release published by the test.' : '测试发布的新闻稿。',
          },
          locale === 'en' ? '<p>Published by the end-to-end test, into a site that was already built.</p>' : '<p>由端到端测试发布到已构建的网站。</p>',
        ),
      );
    }
    this.retitle(content, this.editedFile, this.editedTitle);
    const removed = readdirSync(path.join(content, 'releases/en')).find((file) => file.includes('alpha'))!;
    rmSync(path.join(content, 'releases/en', removed));
  },
  /** Gives the English release whose file name holds `nameHas` a new title. */
  retitle(content: string, nameHas: string, title: string) {
    const file = path.join(
      content,
      'releases/en',
      readdirSync(path.join(content, 'releases/en')).find((name) => name.includes(nameHas))!,
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
  },
};

/** Page text as written: headings put a `<wbr>` between Chinese words (components/ui/Words.tsx). */
export const withoutWordBreaks = (html: string) => html.replace(/<wbr\/?>/g, '');
