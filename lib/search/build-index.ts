import { indexTerms } from './tokenize';
import { FIELD, type SearchIndex } from './types';

const EXCERPT_LENGTH = 240;

/** What the index needs of a release. */
export type SearchDocument = { slug: string; title: string; day: string; summary: string; text: string };

/** Builds a locale's index at build time from titles, summaries and body text. */
export function buildSearchIndex(releases: readonly SearchDocument[], lang: string): SearchIndex {
  const postings = new Map<string, Map<number, number>>();
  const add = (text: string, doc: number, field: number) => {
    for (const term of indexTerms(text, lang)) {
      let docs = postings.get(term);
      if (!docs) postings.set(term, (docs = new Map()));
      docs.set(doc, (docs.get(doc) ?? 0) | field);
    }
  };
  const docs = releases.map((release, doc): SearchIndex['docs'][number] => {
    add(release.title, doc, FIELD.title);
    add(release.summary, doc, FIELD.summary);
    add(release.text, doc, FIELD.body);
    const excerpt = release.text.replace(/\s+/g, ' ').trim().slice(0, EXCERPT_LENGTH);
    return [release.slug, release.title, release.day, release.summary, excerpt];
  });
  const terms = [...postings.keys()].sort();
  return {
    version: 1,
    lang,
    docs,
    terms,
    postings: terms.map((term) => [...postings.get(term)!].flat()),
  };
}
