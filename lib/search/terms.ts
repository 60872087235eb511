/**
 * Each release's search terms, kept in the content store
 * (`search-terms/<locale>/<shard>.json`: slug → source hash and terms), so
 * that the search index of a 10,000-release archive is assembled from stored
 * terms (about half a second) instead of reading and segmenting every body
 * again (15 s) each time a publish changes it. The full build segments every
 * release; a publish only those it wrote, and rewrites only their shards:
 * one file of 8 MB per locale cost 0.9 s to read and write on every publish.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { localeConfig, locales, type Locale } from '../../i18n/locales';
import type { ReleaseRecord } from '../content/record';
import { stableBucket } from '../content/bucket';
import { writeJson } from '../content/store/files';
import { storeDir, storeFiles } from '../content/store/location';
import { readStoreJson, readStoreJsonOnce } from '../content/store/read';
import { documentTerms, type DocumentTerms } from './build-index';

export type TermsTable = Record<string, { hash: string; terms: DocumentTerms }>;

/** Shards per locale: a publish rewrites about 1/64 of a locale's terms (130 kB at 10,000 releases). */
export const TERM_SHARDS = 64;

/** The shard a slug's terms live in: stable across builds and processes. */
export const termShardOf = (slug: string) => stableBucket(slug, TERM_SHARDS);

/**
 * The stored terms of a locale's releases, one slug at a time: each slug is looked up in its own shard
 * (parsed again only when a publish rewrote it). A part of the index asks for a thousand slugs; merging
 * every shard into one table for it cost 0.1 s per render at 10,000 releases.
 */
export function termsReader(locale: Locale, dir = storeDir()): (slug: string) => TermsTable[string] | undefined {
  const tables = new Map<number, TermsTable>();
  return (slug) => {
    const shard = termShardOf(slug);
    let table = tables.get(shard);
    if (!table) tables.set(shard, (table = readStoreJsonOnce<TermsTable>(storeFiles.searchTerms(locale, shard), dir) ?? {}));
    return Object.hasOwn(table, slug) ? table[slug] : undefined;
  };
}

/** A locale's stored terms (every shard), or undefined when the store has none. */
export function readTerms(locale: Locale, dir = storeDir()): TermsTable | undefined {
  const folder = path.join(/* turbopackIgnore: true */ dir, storeFiles.searchTerms(locale));
  const shards = existsSync(folder) ? readdirSync(folder).flatMap((name) => /^(\d+)\.json$/.exec(name)?.[1] ?? []) : [];
  const tables = shards.map((shard) => readStoreJsonOnce<TermsTable>(storeFiles.searchTerms(locale, Number(shard)), dir) ?? {});
  return tables.length ? (Object.assign({}, ...tables) as TermsTable) : undefined;
}

/**
 * Brings the stored terms up to date: `written` records are segmented again, `removed` releases
 * (locale/slug ids) leave; with `replaceAll`, `written` is the whole content.
 */
export function updateTerms(dir: string, change: { written: ReleaseRecord[]; removed: string[]; replaceAll?: boolean }): void {
  for (const locale of locales) {
    const written = change.written.filter((record) => record.locale === locale);
    const removed = change.removed.filter((id) => id.startsWith(`${locale}/`)).map((id) => id.slice(locale.length + 1));
    if (change.replaceAll) rmSync(path.join(/* turbopackIgnore: true */ dir, storeFiles.searchTerms(locale)), { recursive: true, force: true });
    const shards = change.replaceAll
      ? Array.from({ length: TERM_SHARDS }, (_, i) => i)
      : [...new Set([...written, ...removed.map((slug) => ({ slug }))].map(({ slug }) => termShardOf(slug)))];
    // Each slug's shard worked out once: asking it of every record for each of the 64 shards hashed
    // 1.2 million slugs (0.8 s) in a full build of 10,000 releases.
    const writtenIn = Map.groupBy(written, (record) => termShardOf(record.slug));
    const removedFrom = Map.groupBy(removed, termShardOf);
    for (const shard of shards) {
      const file = path.join(/* turbopackIgnore: true */ dir, storeFiles.searchTerms(locale, shard));
      const table: TermsTable = change.replaceAll ? {} : (readStoreJson<TermsTable>(storeFiles.searchTerms(locale, shard), dir) ?? {});
      for (const slug of removedFrom.get(shard) ?? []) delete table[slug];
      for (const record of writtenIn.get(shard) ?? []) {
        table[record.slug] = { hash: record.source.hash, terms: documentTerms(record, localeConfig[locale].tag) };
      }
      writeJson(file, table);
    }
  }
}
