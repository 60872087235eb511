/**
 * The one reader of the CMS export format. The content check, the content
 * build (through contentlayer2's computed field), publishing, the tests and
 * the benchmarks all read a release file through `readRelease`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isLocale, localeConfig, locales, type Locale } from '../../i18n/locales';
import { agency } from '../site/agency';
import { clip, cleanBody, type LinkOptions } from './body';
import { dangerIn } from './body/danger';
import { existsInPublic, isSiteRelative } from './body/links';
import { parseExport } from './front-matter';
import { zoned } from './moment';
import { slugOf } from './permalink';
import type { ReleaseRecord } from './record';
import { show, validateFrontMatter, type FieldProblem, type FrontMatter } from './schema';

export type Problem = FieldProblem & { file: string };

export type ReadOptions = LinkOptions & {
  timeZone: string;
  /** Also report body warnings (dead file links, markup removed on publication): the content check wants them, the build does not. */
  diagnose?: boolean;
};

export type ReadResult = { record?: ReleaseRecord; problems: Problem[] };

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** Where a file must sit: `releases/<locale>/<name>.md`. Returns the locale or a problem. */
export function locateRelease(file: string) {
  const [root, folder, name, ...rest] = file.split('/');
  if (root !== 'releases' || !folder || !name || rest.length || !isLocale(folder)) {
    return { problem: `is not in a language folder (releases/${locales.join('/ or releases/')}/)` };
  }
  if (path.extname(name) !== '.md') return { problem: 'is not a .md export file' };
  return { locale: folder as Locale };
}

/** A file's front matter, checked and typed, with its body still raw: what cross-file checks need. */
export type ReleaseHead = { file: string; locale: Locale; slug: string; frontMatter: FrontMatter; body: string };

/**
 * Reads one export file (`file` is relative to the content folder, with `/`)
 * up to its checked front matter. Never throws on bad content: every problem
 * is returned, and a head only when there is no error.
 */
export function readHead(file: string, source: string, options: ReadOptions): { head?: ReleaseHead; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (problem: FieldProblem) => problems.push({ file, ...problem });
  const located = locateRelease(file);
  if ('problem' in located) {
    report({ field: 'location', severity: 'error', message: located.problem! });
    return { problems };
  }
  const parsed = parseExport(source);
  if (!parsed.ok) {
    report({ field: 'front matter', severity: 'error', message: parsed.reason });
    return { problems };
  }
  const { frontMatter, problems: fieldProblems } = validateFrontMatter(parsed.data);
  fieldProblems.forEach(report);
  if (options.diagnose) diagnoseBody(parsed.body, parsed.data.image, options).forEach(report);
  if (!frontMatter) return { problems };
  return { head: { file, locale: located.locale!, slug: slugOf(frontMatter.permalink), frontMatter, body: parsed.body }, problems };
}

/** A checked head made into a release record: the body cleaned, the summary and dates derived. */
export async function toRecord(head: ReleaseHead, source: string, options: ReadOptions): Promise<ReleaseRecord> {
  const fm = head.frontMatter;
  const body = await cleanBody(head.body, fm.variant ?? 'markdown', { ...options, basePath: fm.permalink }, localeConfig[head.locale].tag);
  const repeatsTitle = (text?: string) => !text || text.replace(/\s+/g, ' ').trim() === fm.title.replace(/\s+/g, ' ').trim();
  const summary = !repeatsTitle(fm.description) ? fm.description! : clip(body.lead || body.text) || fm.title;
  const changes = [
    ...(fm.updated ? [{ at: zoned(fm.updated, options.timeZone), note: fm.change_note ?? '' }] : []),
    ...(fm.history ?? []).map((change) => ({ at: zoned(change.at, options.timeZone), note: change.note })),
  ].sort((a, b) => Date.parse(b.at.iso) - Date.parse(a.at.iso));
  const image = fm.image && isSiteRelative(fm.image) && existsInPublic(options.publicDir, fm.image) ? fm.image : undefined;
  return {
    locale: head.locale,
    slug: head.slug,
    permalink: fm.permalink,
    title: fm.title,
    summary,
    published: zoned(fm.date, options.timeZone),
    ...(changes[0] ? { updated: changes[0].at } : {}),
    changes,
    ...(image ? { image } : {}),
    topics: fm.topics ?? [],
    issuers: fm.issuers?.length ? fm.issuers : [agency.id],
    html: body.html,
    text: body.text,
    blocks: body.blocks,
    attachments: body.attachments,
    bodyHash: sha1(body.html),
    source: { file: head.file, hash: sha1(source) },
  };
}

/** Reads one export file into a release record, or the problems that stop it. */
export async function readRelease(file: string, source: string, options: ReadOptions): Promise<ReadResult> {
  const { head, problems } = readHead(file, source, options);
  return head ? { record: await toRecord(head, source, options), problems } : { problems };
}

function diagnoseBody(body: string, image: unknown, options: ReadOptions): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (typeof image === 'string' && image.trim() && (!isSiteRelative(image) || !existsInPublic(options.publicDir, image))) {
    problems.push({ field: 'image', severity: 'warning', message: `${show(image)} is not a file in public/; the generated card is used` });
  }
  for (const url of deadFileLinks(body, options)) {
    problems.push({ field: 'body', severity: 'warning', message: `links to ${show(url)}, which is neither in public/ nor on the legacy site` });
  }
  const removed = [...new Set(dangerIn(body))];
  if (removed.length) {
    problems.push({
      field: 'body',
      severity: 'warning',
      message: `has markup that is removed on publication: ${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''}`,
    });
  }
  return problems;
}

/** Site-relative links to files (`/x/y.pdf`) that would be dead: not in public/, not on the legacy site. */
function deadFileLinks(body: string, options: ReadOptions): string[] {
  const urls = [...body.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']|\]\(<?([^)>\s]+)>?\)/g)].map((m) => m[1] ?? m[2]!);
  return urls.filter(
    (url) =>
      isSiteRelative(url) &&
      /\.[A-Za-z0-9]{2,5}$/.test(url.split(/[?#]/)[0]!) &&
      !options.legacyPathPrefixes.some((prefix) => url.startsWith(prefix)) &&
      !existsInPublic(options.publicDir, url),
  );
}

export { sha1 };
