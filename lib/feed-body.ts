import path from 'node:path';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { collectAttachments, type Attachment } from './body/attachments';
import { rehypeBodyLinks } from './body/links';
import type { Release } from './content';
import { site } from './site';

export type FeedBody = { html: string; attachments: Attachment[] };

const parser = unified().use(rehypeParse, { fragment: true });
const stringifier = unified().use(rehypeStringify);
const cache = new Map<string, FeedBody>();

/**
 * A release body for feed readers: every link and image absolute (a reader
 * has no base URL) and percent-encoded, plus the documents it links to.
 * The body is already sanitized; this only rewrites URLs. Memoized: each
 * release appears in several feeds.
 */
export async function feedBody(release: Release): Promise<FeedBody> {
  const key = `${release.locale}/${release.slug}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const publicDir = path.resolve(/* turbopackIgnore: true */ 'public');
  const tree = await unified()
    .use(rehypeBodyLinks, {
      publicDir,
      legacyOrigin: site.legacyOrigin,
      legacyPathPrefixes: site.legacyPathPrefixes,
      absoluteOrigin: site.url,
    })
    .run(parser.parse(release.html)) as Root;
  const body = { html: stringifier.stringify(tree), attachments: collectAttachments(tree, publicDir, site.url) };
  cache.set(key, body);
  return body;
}
