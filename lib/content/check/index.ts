/**
 * The content check behind `npm run check:content` and every build: reads
 * every file through the one reader and reports all problems at once, each
 * naming the file and the field. Errors stop a build; warnings do not.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { localeConfig, locales, type Locale } from '../../../i18n/locales';
import { staleness } from '../../views/release';
import { buildModel } from '../model';
import { pairsUp } from '../pairing';
import { readHead, toRecord, type Problem, type ReadOptions, type ReleaseHead } from '../read';
import { metaOf, type ReleaseRecord } from '../record';
import { show } from '../schema';

export type { Problem };

export type CheckOptions = ReadOptions & {
  /** The content folder (holds `releases/<locale>/`). */
  contentDir: string;
};

/**
 * Every file under `releases/`, relative to the content folder, with `/`, sorted. Hidden files are not
 * releases. `among`: look only at these paths (a watcher's report), keeping those that are release files.
 */
export function listReleaseFiles(contentDir: string, among?: Iterable<string>): string[] {
  if (among) return [...among].filter((file) => isReleaseFile(contentDir, file)).sort();
  const walk = (dir: string): string[] => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    // The entry's own type, without a stat per file (19,027 of them at 10,000 releases); a link is followed.
    return entries
      .filter((entry) => !entry.name.startsWith('.'))
      .flatMap((entry) => {
        const full = path.join(/* turbopackIgnore: true */ dir, entry.name);
        const isDirectory = entry.isSymbolicLink() ? statSync(full).isDirectory() : entry.isDirectory();
        return isDirectory ? walk(full) : [full];
      });
  };
  return walk(path.join(/* turbopackIgnore: true */ contentDir, 'releases'))
    .map((full) => path.relative(contentDir, full).split(path.sep).join('/'))
    .sort();
}

function isReleaseFile(contentDir: string, file: string): boolean {
  const [top, ...rest] = file.split('/');
  if (top !== 'releases' || !rest.length || rest.some((part) => !part || part.startsWith('.') || part === '..')) return false;
  try {
    return statSync(path.join(/* turbopackIgnore: true */ contentDir, file)).isFile();
  } catch {
    return false;
  }
}

/** Front matter of every file, with field problems and cross-file problems (duplicates, missing translations). */
export function checkHeads(contentDir: string, files: string[], options: ReadOptions) {
  const problems: Problem[] = [];
  const heads: ReleaseHead[] = [];
  if (files.length === 0) problems.push({ file: 'releases/', field: 'folder', severity: 'error', message: 'holds no release files' });
  for (const file of files) {
    const result = readHead(file, readFileSync(path.join(/* turbopackIgnore: true */ contentDir, file), 'utf8'), options);
    problems.push(...result.problems);
    if (result.head) heads.push(result.head);
  }
  problems.push(...crossChecks(heads.map(({ file, locale, slug, frontMatter }) => ({ file, locale, slug, permalink: frontMatter.permalink }))));
  return { heads, problems };
}

/** What the checks across files need of each release. */
export type Identity = { file: string; locale: Locale; slug: string; permalink: string };

/** Duplicate permalinks or slugs within a language (errors), releases without their translation (warnings). */
export function crossChecks(entries: Identity[]): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['permalink', 'slug'] as const) {
    const seen = new Map<string, Identity>();
    for (const entry of entries) {
      const id = `${entry.locale}\n${entry[key]}`;
      const first = seen.get(id);
      // A duplicate permalink is also a duplicate slug: report it once.
      const alreadyReported = key === 'slug' && first?.permalink === entry.permalink;
      if (first && !alreadyReported) {
        problems.push({ file: entry.file, field: key, severity: 'error', message: `${show(entry[key])} is also used by ${first.file}` });
      }
      if (!first) seen.set(id, entry);
    }
  }
  const byPermalink = new Map<string, Set<Locale>>();
  for (const { permalink, locale } of entries) byPermalink.set(permalink, (byPermalink.get(permalink) ?? new Set()).add(locale));
  for (const { file, permalink, locale } of entries) {
    const missing = locales.filter((other) => other !== locale && !byPermalink.get(permalink)!.has(other));
    if (missing.length) {
      problems.push({ file, field: 'translation', severity: 'warning', message: `has no ${missing.join(', ')} counterpart with permalink ${show(permalink)}` });
    }
  }
  return problems;
}

/**
 * Checks that need the cleaned bodies and both languages: bodies that do not
 * pair up for the side-by-side view, translations behind their counterpart.
 * `only` limits the report to some records (a publish checks what it changed).
 */
export function recordChecks(records: ReleaseRecord[], only?: (record: ReleaseRecord) => boolean): Problem[] {
  const model = buildModel({ releases: records.map(metaOf), tombstones: [] });
  const byId = new Map(records.map((record) => [`${record.locale}/${record.slug}`, record]));
  const problems: Problem[] = [];
  for (const record of records.filter(only ?? (() => true))) {
    for (const locale of locales.filter((other) => other !== record.locale)) {
      const counterpart = model.translation(record, locale);
      const pair = counterpart && byId.get(`${counterpart.locale}/${counterpart.slug}`);
      if (pair && !pairsUp(record.blocks, pair.blocks)) {
        problems.push({
          file: record.source.file,
          field: 'body',
          severity: 'warning',
          message: `does not pair up block for block with ${pair.source.file} (${record.blocks.length} blocks against ${pair.blocks.length}): the side-by-side view shows the unpaired ones alone`,
        });
      }
    }
    const stale = staleness(model, model.release(record.locale, record.slug)!);
    if (stale) {
      problems.push({
        file: record.source.file,
        field: 'translation',
        severity: 'warning',
        message: `the ${localeConfig[stale.locale].endonym} version was updated on ${stale.updated.day}, after this one last changed (${(record.updated ?? record.published).day}): this one may not include the change`,
      });
    }
  }
  return problems;
}

/** The whole check: every file read, cleaned and compared. */
export async function checkContent(options: CheckOptions): Promise<Problem[]> {
  const files = listReleaseFiles(options.contentDir);
  const { heads, problems } = checkHeads(options.contentDir, files, { ...options, diagnose: true });
  if (problems.some((problem) => problem.severity === 'error')) return problems;
  const records = await Promise.all(heads.map((head) => toRecord(head, readFileSync(path.join(/* turbopackIgnore: true */ options.contentDir, head.file), 'utf8'), options)));
  return [...problems, ...recordChecks(records)];
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}
