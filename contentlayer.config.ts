import path from 'node:path';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { isLocale } from './i18n/locales';
import { cleanBody, firstSentence } from './lib/body';
import { contentDir } from './lib/content-dir';
import { site } from './lib/site';

/**
 * One CMS export file = one Release. Derived fields are declared once here, so
 * the body is parsed and sanitized once per build, not once per page.
 * Validation with precise messages lives in scripts/check-content (it runs
 * before this), so a broken file never silently disappears.
 */
export const Release = defineDocumentType(() => ({
  name: 'Release',
  filePathPattern: 'releases/**/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    permalink: { type: 'string', required: true },
    // A calendar day (YYYY-MM-DD), kept as a string: a Date would carry a time zone.
    date: { type: 'string', required: true },
    layout: { type: 'string' },
    description: { type: 'string' },
    image: { type: 'string' },
    variant: { type: 'string' },
    // Topic slugs (lib/topics.ts); the content check rejects unknown ones.
    topics: { type: 'list', of: { type: 'string' } },
  },
  computedFields: {
    locale: {
      type: 'string',
      // The folder decides the language: releases/<locale>/file.md
      resolve: (doc) => {
        const folder = doc._raw.sourceFileDir.split('/')[1];
        if (!isLocale(folder)) throw new Error(`${doc._raw.sourceFilePath}: not under a known locale folder`);
        return folder;
      },
    },
    slug: {
      type: 'string',
      resolve: (doc) => doc.permalink.split('/').filter(Boolean).at(-1) ?? '',
    },
    cleaned: {
      type: 'json',
      resolve: async (doc) => {
        const body = await cleanBody(doc.body.raw, doc.variant === 'tiptap' ? 'tiptap' : 'markdown', {
          publicDir: path.resolve('public'),
          legacyOrigin: site.legacyOrigin,
          legacyPathPrefixes: site.legacyPathPrefixes,
        });
        const summary = doc.description?.trim() || firstSentence(body.text) || doc.title;
        return { ...body, summary };
      },
    },
  },
}));

export default makeSource({
  contentDirPath: contentDir(),
  documentTypes: [Release],
  // The folder's README documents the format; it is not a release.
  contentDirExclude: ['README.md', 'node_modules', '.git'],
  disableImportAliasWarning: true,
});
