import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { rehypeBodyLinks, resolveSiteUrl, type LinkOptions } from '../content/body/links';

const parser = unified().use(rehypeParse, { fragment: true });
const stringifier = unified().use(rehypeStringify);

/**
 * A release body for feed readers: every link and image absolute (a reader
 * has no base URL) and percent-encoded. The body is already sanitized; this
 * only rewrites URLs.
 */
export async function absoluteBody(html: string, links: LinkOptions & { absoluteOrigin: string }): Promise<string> {
  const tree = (await unified().use(rehypeBodyLinks, links).run(parser.parse(html))) as Root;
  return stringifier.stringify(tree);
}

/** One URL from a body, made absolute the same way. */
export const absoluteUrlOf = (url: string, links: LinkOptions & { absoluteOrigin: string }) => resolveSiteUrl(url, links);
