import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { collectAttachments, type Attachment } from './attachments';
import { rehypeBodyLinks, type LinkOptions } from './links';
import { bodySchema } from './schema';
import { rehypeHeadingWords } from './heading-words';
import { rehypeTidyBody } from './tidy';

export type BodyVariant = 'tiptap' | 'markdown';
export type { Attachment, LinkOptions };

/** Known `variant` values; a missing variant means Markdown. */
export const bodyVariants = ['tiptap'] as const;

/** A top-level block of a body: what the side-by-side view pairs across languages. */
export type Block = { kind: 'heading' | 'list' | 'paragraph' | 'other'; html: string };

export type CleanBody = {
  /** Sanitized HTML fragment. */
  html: string;
  /** Plain text of that fragment (entities decoded), for search. */
  text: string;
  /** The fragment's top-level blocks, in order. */
  blocks: Block[];
  /** Text of the first paragraph or list item: the summary when the CMS gives none. */
  lead: string;
  /** Documents the body links to (PDF, Word, Excel…). */
  attachments: Attachment[];
};

const htmlParser = unified().use(rehypeParse, { fragment: true });
const markdownParser = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
const stringifier = unified().use(rehypeStringify);

/**
 * CMS body (untrusted) → clean HTML fragment and what is derived from it.
 * Tiptap bodies are already HTML, so they are parsed as HTML: the Markdown
 * parser would mangle indented tags. Both paths end in the same allow-list.
 * `lang` (the body's BCP 47 tag) decides where headings may break a line.
 */
export async function cleanBody(raw: string, variant: BodyVariant, links: LinkOptions, lang = 'en'): Promise<CleanBody> {
  const parsed = variant === 'tiptap' ? htmlParser.parse(raw) : ((await markdownParser.run(markdownParser.parse(raw))) as Root);
  const tree = (await unified()
    .use(rehypeSanitize, bodySchema)
    .use(rehypeTidyBody)
    .use(rehypeBodyLinks, links)
    .use(rehypeHeadingWords, lang)
    .run(parsed)) as Root;
  const blocks = topLevelBlocks(tree);
  return {
    html: stringifier.stringify(tree).trim(),
    text: toString(tree),
    blocks,
    lead: leadText(tree),
    attachments: collectAttachments(tree, links.publicDir),
  };
}

const HEADING = /^h[2-6]$/;
const isElement = (node: ElementContent | Root['children'][number]): node is Element => node.type === 'element';

function topLevelBlocks(tree: Root): Block[] {
  return tree.children.filter(isElement).map((node) => ({
    kind: HEADING.test(node.tagName) ? 'heading' : node.tagName === 'ul' || node.tagName === 'ol' ? 'list' : node.tagName === 'p' ? 'paragraph' : 'other',
    html: stringifier.stringify({ type: 'root', children: [node] }),
  }));
}

/** The first paragraph or list item with words in it (a dateline-only line counts: it is what the release says first). */
function leadText(tree: Root): string {
  const queue: Element[] = tree.children.filter(isElement);
  while (queue.length) {
    const node = queue.shift()!;
    if (node.tagName === 'p' || node.tagName === 'li') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) return text;
      continue;
    }
    queue.unshift(...node.children.filter(isElement));
  }
  return '';
}

/** A summary of at most `maxLength` characters, cut at a sentence or word end. */
export function clip(text: string, maxLength = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength - 1);
  // Latin sentences end at `.!?` before a space; Chinese ones at `。！？` with no space after.
  const sentence = cut.match(/^.+(?:[.!?](?=\s)|[。！？])/u)?.[0];
  if (sentence && sentence.length > maxLength / 2) return sentence;
  const word = cut.replace(/\s+\S*$/u, '');
  return `${(word.length > maxLength / 2 ? word : cut).trimEnd()}…`;
}
