import { existsInPublic, isSiteRelative } from '../body/links';
import { bodyVariants } from '../body';
import { isTopic, topics } from '../topics';

export type Severity = 'error' | 'warning';
export type Problem = { file: string; field: string; message: string; severity: Severity };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Unreserved characters, `/` and percent-escapes: what a path can hold unencoded. */
const PATH = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}|\/)*$/;

export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function permalinkProblem(permalink: string): string | undefined {
  if (!permalink.startsWith('/') || !permalink.endsWith('/')) return 'must start and end with "/"';
  if (permalink === '/') return 'must name a page, not the site root';
  if (permalink.includes('//') || /\/\.\.?\//.test(permalink)) return 'must not contain empty or dot segments';
  if (!PATH.test(permalink)) return 'contains characters that cannot be in a URL path (spaces, quotes, <, >, #, ?…)';
  return undefined;
}

/** Renders a front-matter value for a message, quoted as the author wrote it. */
export const show = (value: unknown) => JSON.stringify(value instanceof Date ? value.toISOString().slice(0, 10) : value);

type FieldCheck = { data: Record<string, unknown>; file: string; problems: Problem[] };

function requireText({ data, file, problems }: FieldCheck, field: string): string | undefined {
  const value = data[field];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    problems.push({ file, field, severity: 'error', message: 'is missing or empty' });
    return undefined;
  }
  if (typeof value !== 'string' && !(value instanceof Date)) {
    problems.push({ file, field, severity: 'error', message: `${show(value)} is not text` });
    return undefined;
  }
  return value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
}

/** Field-level checks of one file's front matter. Returns the values the cross-file checks need. */
export function checkFields(check: FieldCheck, publicDir: string) {
  const { data, file, problems } = check;
  const title = requireText(check, 'title');
  const permalink = requireText(check, 'permalink');
  const date = requireText(check, 'date');

  if (permalink) {
    const problem = permalinkProblem(permalink) ?? slugProblem(permalink);
    if (problem) problems.push({ file, field: 'permalink', severity: 'error', message: `${show(permalink)} ${problem}` });
  }
  if (date && !isCalendarDay(date)) {
    problems.push({ file, field: 'date', severity: 'error', message: `${show(date)} is not a valid YYYY-MM-DD date` });
  }
  checkTopics(data.topics, file, problems);
  const variant = data.variant;
  if (variant !== undefined && variant !== null && (typeof variant !== 'string' || !bodyVariants.includes(variant))) {
    problems.push({
      file,
      field: 'variant',
      severity: 'error',
      message: `${show(variant)} is not a known body format (known: ${bodyVariants.join(', ')}; leave it out for Markdown)`,
    });
  }
  if (typeof data.description !== 'string' || data.description.trim() === '') {
    problems.push({
      file,
      field: 'description',
      severity: 'warning',
      message: 'is missing: listings, feeds and previews will use the first sentence of the body',
    });
  }
  const image = data.image;
  if (typeof image === 'string' && image.trim() !== '') {
    if (!isSiteRelative(image) || !existsInPublic(publicDir, image)) {
      problems.push({ file, field: 'image', severity: 'warning', message: `${show(image)} is not a file in public/; the generated card is used` });
    }
  }
  return { title, permalink, date };
}

/** Site-relative links to files (`/x/y.pdf`) that would be dead: not in public/, not on the legacy site. */
export function deadFileLinks(body: string, publicDir: string, legacyPrefixes: readonly string[]): string[] {
  const urls = [...body.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']|\]\(<?([^)>\s]+)>?\)/g)].map((m) => m[1] ?? m[2]!);
  return urls.filter(
    (url) =>
      isSiteRelative(url) &&
      /\.[A-Za-z0-9]{2,5}$/.test(url.split(/[?#]/)[0]!) &&
      !legacyPrefixes.some((prefix) => url.startsWith(prefix)) &&
      !existsInPublic(publicDir, url),
  );
}

/** Slugs that would collide with listing URLs: `/press-releases/2024/` is a year, `/page/2/` a page. */
function slugProblem(permalink: string): string | undefined {
  const slug = permalink.split('/').filter(Boolean).at(-1) ?? '';
  if (/^\d{4}$/.test(slug)) return `ends in ${show(slug)}, which is the URL of that year's archive`;
  if (slug === 'page') return 'ends in "page", which is reserved for listing pages';
  return undefined;
}

function checkTopics(value: unknown, file: string, problems: Problem[]) {
  if (value === undefined || value === null) return;
  const list = Array.isArray(value) ? value : [value];
  for (const topic of list) {
    if (!isTopic(topic)) {
      problems.push({ file, field: 'topics', severity: 'error', message: `${show(topic)} is not a known topic (known: ${topics.join(', ')})` });
    }
  }
}
