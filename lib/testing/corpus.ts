/**
 * Small corpora for unit tests, read through the one reader
 * (lib/content/read.ts) from inline CMS export sources, so a test's records
 * have exactly the shape the build gives them. Tests build their models
 * here, in memory, never from a built store (`.portal/`), which depends on
 * whichever corpus was built last.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import type { Locale } from '../../i18n/locales';
import { buildModel, type StoreIndex, type Tombstone } from '../content/model';
import { readRelease, type ReadOptions } from '../content/read';
import { metaOf, type ReleaseMeta, type ReleaseRecord } from '../content/record';
import { nextTombstones } from '../content/store/write';
import type { Topic } from '../site/topics';

/** One release file: front matter fields as the CMS writes them, and a Markdown (or Tiptap HTML) body. */
export type ReleaseSpec = {
  slug: string;
  locale?: Locale;
  title?: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`. */
  date: string;
  /** Defaults to `/media-centre/press-releases/<slug>/`; translations share it. */
  permalink?: string;
  description?: string;
  topics?: Topic[];
  issuers?: string[];
  updated?: string;
  change_note?: string;
  history?: { updated: string; change_note: string }[];
  image?: string;
  variant?: 'tiptap';
  body?: string;
};

export const testReadOptions: ReadOptions = {
  publicDir: path.resolve('public'),
  legacyOrigin: 'https://legacy.example.gov',
  legacyPathPrefixes: ['/files/'],
  timeZone: 'Asia/Singapore',
};

/** The export file of a spec: its path under the content folder and its text. */
export function releaseFile(spec: ReleaseSpec): { file: string; source: string } {
  const { slug, locale = 'en', body = 'A paragraph of the body.', title = `Release ${slug}`, ...fields } = spec;
  const frontMatter = { title, permalink: `/media-centre/press-releases/${slug}/`, description: `Summary of ${title}.`, ...fields };
  return { file: `releases/${locale}/${slug}.md`, source: `---\n${stringify(frontMatter).trimEnd()}\n---\n${body}\n` };
}

/** Reads a spec like the build does; a spec the reader rejects fails the test with the reader's problems. */
export async function readSpec(spec: ReleaseSpec, options: ReadOptions = testReadOptions): Promise<ReleaseRecord> {
  const { file, source } = releaseFile(spec);
  const { record, problems } = await readRelease(file, source, options);
  if (!record) throw new Error(`${file} was rejected: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  return record;
}

export const readSpecs = (specs: ReleaseSpec[], options?: ReadOptions) => Promise.all(specs.map((spec) => readSpec(spec, options)));

export async function metasOf(specs: ReleaseSpec[]): Promise<ReleaseMeta[]> {
  return (await readSpecs(specs)).map(metaOf);
}

export const indexOf = (releases: ReleaseMeta[], tombstones: Tombstone[] = []): StoreIndex => ({ releases, tombstones });

export const modelOf = (releases: ReleaseMeta[], tombstones: Tombstone[] = []) => buildModel(indexOf(releases, tombstones));

/** The store's next index after `removed` releases were unpublished: they leave tombstones, as publishing does. */
export function withoutReleases(previous: StoreIndex, removed: (release: ReleaseMeta) => boolean): StoreIndex {
  const releases = previous.releases.filter((release) => !removed(release));
  return { releases, tombstones: nextTombstones(previous, releases) };
}

/** `2024-01-01` plus `n` days. */
export const dayAfter = (start: string, n: number) => new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The corpus generator's seeded PRNG: a randomized test always sees the same cases for a seed. */
export { seededRandom } from '../content/corpus';
