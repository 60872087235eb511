import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { readOptions } from './lib/content/options';
import { includedFolders } from './lib/content/store/contentlayer-parts';
import { readRelease } from './lib/content/read';
import { contentlayerFields } from './lib/content/schema';
import { contentDir } from './lib/content/store/location';

/**
 * One CMS export file = one Release. The fields come from the one schema
 * (lib/content/schema.ts); the release itself is made by the one reader
 * (lib/content/read.ts), which publishing also calls for a single file. The
 * content check runs first, so a broken file never silently disappears.
 */
export const Release = defineDocumentType(() => ({
  name: 'Release',
  filePathPattern: 'releases/**/*.md',
  contentType: 'markdown',
  fields: contentlayerFields() as never,
  computedFields: {
    record: {
      type: 'json',
      resolve: async (doc) => {
        const file = doc._raw.sourceFilePath;
        const { record, problems } = await readRelease(file, readFileSync(path.join(contentDir(), file), 'utf8'), readOptions());
        if (!record) throw new Error(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
        return record;
      },
    },
  },
}));

export default makeSource({
  contentDirPath: contentDir(),
  documentTypes: [Release],
  // The folder's README documents the format; it is not a release.
  contentDirExclude: ['README.md', 'node_modules', '.git'],
  // On several cores each contentlayer2 run reads its own folders (lib/content/store/contentlayer-parts.ts).
  contentDirInclude: includedFolders(),
  disableImportAliasWarning: true,
  // A file the content check let through must never be dropped quietly.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'ignore',
  // The body is cleaned by the reader; contentlayer's own Markdown rendering would only be thrown away.
  markdown: (builder) => {
    builder.use(function skipMarkdown(this: { parser: unknown; compiler: unknown }) {
      this.parser = () => ({ type: 'root', children: [] });
      this.compiler = () => '';
    });
  },
});
