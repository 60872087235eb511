import { indexTerms } from './tokenize';
import { FIELD, type SearchIndex, type SearchTexts } from './types';

/** What the index needs of a release. */
export type SearchDocument = { slug: string; title: string; day: string; summary: string; text: string; shard: number };

/** Body text as the shards ship it: the snippet is one line, so line breaks and indents are only bytes. */
export const compactText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A release's distinct index terms by field: what the index is made of. */
export type DocumentTerms = { title: string[]; summary: string[]; body: string[] };

/**
 * Segmenting every body is most of an index's cost (15 s for 10,000 releases), so the content store
 * keeps each release's terms (lib/search/terms.ts) and a publish segments only the releases it changed.
 */
export function documentTerms(release: { title: string; summary: string; text: string }, lang: string): DocumentTerms {
  const distinct = (text: string) => [...new Set(indexTerms(text, lang))];
  return { title: distinct(release.title), summary: distinct(release.summary), body: distinct(release.text) };
}

/** Builds a locale's index at build time from titles, summaries and body text (the text itself stays out). */
export function buildSearchIndex(releases: readonly SearchDocument[], lang: string): SearchIndex {
  return indexOfTerms(
    releases.map((release) => ({ ...release, terms: documentTerms(release, lang) })),
    lang,
  );
}

/**
 * A term's postings as they are built: packed entries (lib/search/types.ts), and the last doc added.
 * Docs arrive in ascending order, so each entry is appended once, or gains a field bit when the term
 * is in more than one field of the same doc: no per-term map (a third of the time at 10,000 releases).
 */
type Postings = { packed: number[]; last: number };

/** The index from each release's terms, already segmented. */
export function indexOfTerms(releases: readonly (Omit<SearchDocument, 'text'> & { terms: DocumentTerms })[], lang: string): SearchIndex {
  const postings = new Map<string, Postings>();
  const add = (terms: string[], doc: number, field: number) => {
    for (const term of terms) {
      const found = postings.get(term);
      if (!found) postings.set(term, { packed: [doc * 8 + field], last: doc });
      else if (found.last === doc) found.packed[found.packed.length - 1]! |= field;
      else {
        found.packed.push((doc - found.last) * 8 + field);
        found.last = doc;
      }
    }
  };
  const docs = releases.map((release, doc): SearchIndex['docs'][number] => {
    add(release.terms.title, doc, FIELD.title);
    add(release.terms.summary, doc, FIELD.summary);
    add(release.terms.body, doc, FIELD.body);
    return [release.slug, release.title, release.day, release.summary, release.shard];
  });
  const terms = [...postings.keys()].sort();
  return { version: 2, lang, docs, terms, postings: terms.map((term) => postings.get(term)!.packed) };
}

/** One shard's file: the body texts of its releases. */
export function buildSearchTexts(releases: readonly { slug: string; text: string }[], lang: string): SearchTexts {
  return { version: 1, lang, texts: releases.map((release) => [release.slug, compactText(release.text)]) };
}
