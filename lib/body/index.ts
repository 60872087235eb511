import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { rehypeBodyLinks, type LinkOptions } from './links';
import { bodySchema } from './schema';
import { rehypeTidyBody } from './tidy';

export type BodyVariant = 'tiptap' | 'markdown';
export type { LinkOptions };

/** Known `variant` values; a missing variant means Markdown. */
export const bodyVariants: readonly string[] = ['tiptap'];

/**
 * CMS body (untrusted) -> clean HTML fragment. Tiptap bodies are already HTML,
 * so they are parsed as HTML: the Markdown parser would mangle indented tags.
 * Both paths end in the same allow-list sanitizer.
 */
export async function cleanBody(raw: string, variant: BodyVariant, links: LinkOptions): Promise<CleanBody> {
  const tree = await cleaner(links).run(await toHast(raw, variant));
  return { html: stringifier.stringify(tree).trim(), text: toString(tree) };
}

const htmlParser = unified().use(rehypeParse, { fragment: true });
const markdownParser = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
const stringifier = unified().use(rehypeStringify);

async function toHast(raw: string, variant: BodyVariant): Promise<Root> {
  if (variant === 'tiptap') return htmlParser.parse(raw);
  return (await markdownParser.run(markdownParser.parse(raw))) as Root;
}

function cleaner(links: LinkOptions) {
  return unified().use(rehypeSanitize, bodySchema).use(rehypeTidyBody).use(rehypeBodyLinks, links);
}

export type CleanBody = {
  /** Sanitized HTML fragment. */
  html: string;
  /** Plain text of that fragment (entities decoded), for summaries and search. */
  text: string;
};

/** First sentence of a body's text, for releases whose `description` is empty. */
export function firstSentence(bodyText: string, maxLength = 200): string {
  const text = bodyText.replace(/\s+/g, ' ').trim();
  // Latin sentences end at `.!?` before a space; Chinese ones at `。！？` with no space after.
  const match = text.match(/^.+?(?:[.!?](?=\s|$)|[。！？])/u);
  const sentence = (match?.[0] ?? text).trim();
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength - 1).trimEnd()}…` : sentence;
}
