/**
 * The front matter of a CMS export, declared once. From this one object come
 * the contentlayer2 field definitions (contentlayer.config.ts), the content
 * check's field rules (lib/content/check) and the `FrontMatter` type.
 */
import { isIssuerKey, issuerKeys, type IssuerKey } from '../site/agency';
import { isTopic, topics, type Topic } from '../site/topics';
import { bodyVariants, type BodyVariant } from './body';
import { parseMoment, type Moment } from './moment';
import { permalinkProblem, slugOf } from './permalink';

type ContentlayerField =
  | { type: 'string' }
  | { type: 'json' }
  | { type: 'list'; of: { type: 'string' } | { type: 'enum'; options: string[] } };

type Parsed<T> = { value: T } | { problem: string };

type FieldSpec<T, Required extends boolean = boolean> = {
  contentlayer: ContentlayerField;
  required: Required;
  /** A warning when the field is absent (it is optional, but readers lose something). */
  ifMissing?: string;
  parse: (value: unknown) => Parsed<T>;
};

/** Renders a front-matter value for a message, quoted as the author wrote it. */
export const show = (value: unknown) => JSON.stringify(value instanceof Date ? value.toISOString().slice(0, 10) : value);

const text = <R extends boolean = false>(
  options: { required?: R; ifMissing?: string; check?: (value: string) => string | undefined } = {},
): FieldSpec<string, R> => ({
  contentlayer: { type: 'string' },
  required: (options.required ?? false) as R,
  ifMissing: options.ifMissing,
  parse: (value) => {
    if (typeof value !== 'string') return { problem: `${show(value)} is not text` };
    const problem = options.check?.(value.trim());
    return problem ? { problem: `${show(value)} ${problem}` } : { value: value.trim() };
  },
});

/** A day (`2023-12-14`), a local time (`2023-12-14 15:30`) or an instant with an offset. */
const moment = <R extends boolean = false>(options: { required?: R } = {}): FieldSpec<Moment, R> => ({
  contentlayer: { type: 'string' },
  required: (options.required ?? false) as R,
  parse: (value) => {
    // The `yaml` core schema keeps dates as the text written; a Date only comes from other YAML readers.
    const written = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const parsed = typeof written === 'string' ? parseMoment(written.trim()) : undefined;
    return parsed ? { value: parsed } : { problem: `${show(value)} is not a valid date (YYYY-MM-DD, or YYYY-MM-DD HH:MM)` };
  },
});

function oneOf<T extends string>(options: readonly T[], is: (value: unknown) => value is T, noun: string, hint = '') {
  return (value: unknown): Parsed<T> =>
    is(value) ? { value } : { problem: `${show(value)} is not a known ${noun} (known: ${options.join(', ')}${hint})` };
}

function list<T extends string>(item: (value: unknown) => Parsed<T>, options: readonly T[]): FieldSpec<T[], false> {
  return {
    contentlayer: { type: 'list', of: { type: 'enum', options: [...options] } },
    required: false,
    parse: (value) => {
      // A YAML list, as contentlayer2's list type requires: `- ai` per line, or `[ai, talent]`.
      if (!Array.isArray(value)) return { problem: `${show(value)} must be a list (one "- item" per line, or [a, b])` };
      const items: unknown[] = value;
      const problems: string[] = [];
      const values: T[] = [];
      for (const entry of items) {
        const parsed = item(entry);
        if ('problem' in parsed) problems.push(parsed.problem);
        else if (!values.includes(parsed.value)) values.push(parsed.value);
      }
      return problems.length ? { problem: problems.join('; ') } : { value: values };
    },
  };
}

export type Change = { at: Moment; note: string };

/** `history:` is a list of `{ updated, change_note }`, earlier updates of the release. */
const history: FieldSpec<Change[], false> = {
  contentlayer: { type: 'json' },
  required: false,
  parse: (value) => {
    if (!Array.isArray(value)) return { problem: 'must be a list of { updated, change_note } entries' };
    const changes: Change[] = [];
    for (const [index, entry] of value.entries()) {
      const record = (entry ?? {}) as Record<string, unknown>;
      const at = moment().parse(record.updated);
      const note = typeof record.change_note === 'string' ? record.change_note.trim() : '';
      if ('problem' in at) return { problem: `entry ${index + 1}: updated: ${at.problem}` };
      if (!note) return { problem: `entry ${index + 1}: change_note: is missing or empty` };
      changes.push({ at: at.value, note });
    }
    return { value: changes };
  },
};

export const frontMatterSchema = {
  title: text({ required: true }),
  permalink: text({ required: true, check: (value) => permalinkProblem(value) }),
  date: moment({ required: true }),
  layout: text(),
  description: text({ ifMissing: 'is missing: listings, feeds and previews will use the first paragraph of the body' }),
  image: text(),
  variant: {
    contentlayer: { type: 'string' },
    required: false,
    parse: oneOf(bodyVariants, (v): v is 'tiptap' => bodyVariants.includes(v as 'tiptap'), 'body format', '; leave it out for Markdown'),
  } satisfies FieldSpec<'tiptap', false>,
  topics: list(oneOf(topics, isTopic, 'topic'), topics),
  issuers: list(oneOf(issuerKeys, isIssuerKey, 'issuer'), issuerKeys),
  updated: moment(),
  change_note: text(),
  history,
} as const;

type Schema = typeof frontMatterSchema;
type ValueOf<S> = S extends FieldSpec<infer T, boolean> ? T : never;

/** The front matter as the portal understands it: required fields present, optional ones possibly absent. */
export type FrontMatter = {
  [K in keyof Schema as Schema[K] extends FieldSpec<unknown, true> ? K : never]: ValueOf<Schema[K]>;
} & {
  [K in keyof Schema as Schema[K] extends FieldSpec<unknown, true> ? never : K]?: ValueOf<Schema[K]>;
};

export type FieldProblem = { field: string; severity: 'error' | 'warning'; message: string };

const isAbsent = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Validates raw YAML data against the schema: the typed front matter, or every problem at once. */
export function validateFrontMatter(data: Record<string, unknown>): { frontMatter?: FrontMatter; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(frontMatterSchema) as [keyof Schema, FieldSpec<unknown>][]) {
    const raw = data[field];
    if (isAbsent(raw)) {
      if (spec.required) problems.push({ field, severity: 'error', message: 'is missing or empty' });
      else if (spec.ifMissing) problems.push({ field, severity: 'warning', message: spec.ifMissing });
      continue;
    }
    const parsed = spec.parse(raw);
    if ('problem' in parsed) problems.push({ field, severity: 'error', message: parsed.problem });
    else values[field] = parsed.value;
  }
  if (typeof values.permalink === 'string' && !problems.some((p) => p.field === 'permalink')) {
    const problem = reservedSlugProblem(slugOf(values.permalink));
    if (problem) problems.push({ field: 'permalink', severity: 'error', message: `${show(values.permalink)} ${problem}` });
  }
  if (values.updated && !values.change_note) {
    problems.push({ field: 'change_note', severity: 'warning', message: 'is missing: readers see that the release was updated, but not what changed' });
  }
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return { frontMatter: hasErrors ? undefined : (values as FrontMatter), problems };
}

/** Slugs that would collide with listing URLs: `/press-releases/2024/` is a year, `/page/2/` a page. */
function reservedSlugProblem(slug: string): string | undefined {
  if (/^\d{4}$/.test(slug)) return `ends in ${show(slug)}, which is the URL of that year's archive`;
  if (slug === 'page') return 'ends in "page", which is reserved for listing pages';
  return undefined;
}

/** Field definitions for contentlayer2's document type, from the same declaration. */
export function contentlayerFields() {
  return Object.fromEntries(
    Object.entries(frontMatterSchema).map(([field, spec]) => [field, { ...spec.contentlayer, required: spec.required }]),
  );
}

export type { BodyVariant, IssuerKey, Moment, Topic };
