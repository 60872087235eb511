/**
 * Each release's search terms, kept in the content store per locale
 * (`search-terms/<locale>.json`: slug → source hash and terms), so that the
 * search index of a 10,000-release archive is assembled from stored terms
 * (about half a second) instead of reading and segmenting every body again
 * (15 s) each time a publish changes it. The full build segments every
 * release; a publish only those it wrote.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { localeConfig, locales, type Locale } from '../../i18n/locales';
import type { ReleaseRecord } from '../content/record';
import { writeJson } from '../content/store/files';
import { storeFiles } from '../content/store/location';
import { readStoreJson } from '../content/store/read';
import { documentTerms, type DocumentTerms } from './build-index';

export type TermsTable = Record<string, { hash: string; terms: DocumentTerms }>;

export const readTerms = (locale: Locale, dir?: string) => readStoreJson<TermsTable>(storeFiles.searchTerms(locale), dir);

/**
 * Brings the stored terms up to date: `written` records are segmented again, `removed` releases
 * (locale/slug ids) leave; with `replaceAll`, `written` is the whole content.
 */
export function updateTerms(dir: string, change: { written: ReleaseRecord[]; removed: string[]; replaceAll?: boolean }): void {
  for (const locale of locales) {
    const file = path.join(dir, storeFiles.searchTerms(locale));
    const written = change.written.filter((record) => record.locale === locale);
    const removed = new Set(change.removed.filter((id) => id.startsWith(`${locale}/`)).map((id) => id.slice(locale.length + 1)));
    // A locale the publish did not touch keeps its file (8 MB at 10,000 releases: reading and writing it cost half a second).
    if (!change.replaceAll && !written.length && !removed.size && existsSync(file)) continue;
    const table: TermsTable = change.replaceAll ? {} : (readTerms(locale, dir) ?? {});
    for (const slug of removed) delete table[slug];
    for (const record of written) table[record.slug] = { hash: record.source.hash, terms: documentTerms(record, localeConfig[locale].tag) };
    writeJson(file, table);
  }
}
