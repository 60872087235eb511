import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isLocale, locales, type Locale } from '../../i18n/locales';
import { dangerIn } from '../body/danger';
import { parseExport } from './front-matter';
import { checkFields, deadFileLinks, show, type Problem } from './rules';

export type { Problem };

export type CheckOptions = {
  /** The content folder (holds `releases/<locale>/`). */
  contentDir: string;
  publicDir: string;
  legacyPathPrefixes: readonly string[];
  /** Paths in messages are shown relative to this folder. */
  cwd?: string;
};

type Entry = { file: string; locale: Locale; permalink?: string; slug?: string };

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * Checks every file under `releases/` and returns all problems at once:
 * errors (the build must stop) and warnings (it may go on). Never throws on
 * bad content: a file that cannot be read is itself a problem.
 */
export function checkContent(options: CheckOptions): Problem[] {
  const releasesDir = path.join(options.contentDir, 'releases');
  const show = (file: string) => path.relative(options.cwd ?? process.cwd(), file);
  const problems: Problem[] = [];
  const entries: Entry[] = [];

  const files = listFiles(releasesDir).filter((file) => !path.basename(file).startsWith('.'));
  if (files.length === 0) {
    problems.push({ file: show(releasesDir), field: 'folder', severity: 'error', message: 'holds no release files' });
  }
  for (const full of files) {
    const file = show(full);
    const [folder, ...rest] = path.relative(releasesDir, full).split(path.sep);
    if (!folder || rest.length !== 1 || !isLocale(folder)) {
      problems.push({ file, field: 'location', severity: 'error', message: `is not in a language folder (releases/${locales.join('/ or releases/')}/)` });
      continue;
    }
    if (path.extname(full) !== '.md') {
      problems.push({ file, field: 'location', severity: 'error', message: 'is not a .md export file' });
      continue;
    }
    const parsed = parseExport(readFileSync(full, 'utf8'));
    if (!parsed.ok) {
      problems.push({ file, field: 'front matter', severity: 'error', message: parsed.reason });
      continue;
    }
    const { permalink } = checkFields({ data: parsed.data, file, problems }, options.publicDir);
    for (const url of deadFileLinks(parsed.body, options.publicDir, options.legacyPathPrefixes)) {
      problems.push({ file, field: 'body', severity: 'warning', message: `links to ${JSON.stringify(url)}, which is neither in public/ nor on the legacy site` });
    }
    const removed = [...new Set(dangerIn(parsed.body))];
    if (removed.length) {
      problems.push({ file, field: 'body', severity: 'warning', message: `has markup that is removed on publication: ${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''}` });
    }
    entries.push({ file, locale: folder, permalink, slug: permalink?.split('/').filter(Boolean).at(-1) });
  }
  problems.push(...duplicates(entries), ...missingCounterparts(entries));
  return problems;
}

function duplicates(entries: Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['permalink', 'slug'] as const) {
    const seen = new Map<string, Entry>();
    for (const entry of entries) {
      const value = entry[key];
      if (!value) continue;
      const id = `${entry.locale}\n${value}`;
      const first = seen.get(id);
      // A duplicate permalink is also a duplicate slug: report it once.
      const alreadyReported = key === 'slug' && first?.permalink === entry.permalink;
      if (first && !alreadyReported) {
        problems.push({ file: entry.file, field: key, severity: 'error', message: `${show(value)} is also used by ${first.file}` });
      }
      if (!first) seen.set(id, entry);
    }
  }
  return problems;
}

function missingCounterparts(entries: Entry[]): Problem[] {
  const byPermalink = new Map<string, Set<Locale>>();
  for (const { permalink, locale } of entries) {
    if (permalink) byPermalink.set(permalink, (byPermalink.get(permalink) ?? new Set()).add(locale));
  }
  return entries.flatMap(({ file, permalink, locale }) => {
    const present = permalink ? byPermalink.get(permalink)! : new Set([locale]);
    const missing = locales.filter((other) => !present.has(other));
    return missing.length && permalink
      ? [{ file, field: 'translation', severity: 'warning' as const, message: `has no ${missing.join(', ')} counterpart with permalink ${show(permalink)}` }]
      : [];
  });
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}
