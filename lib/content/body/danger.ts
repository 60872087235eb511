import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'form', 'input', 'button', 'meta', 'svg', 'math', 'object', 'embed', 'base', 'link', 'template', 'noscript']);
const SAFE_URL = /^(?:https?:|mailto:|tel:|\/(?!\/)|#|[^:]*$)/i;

/** What is dangerous in a piece of HTML (used by tests, and by the content check to warn authors): forbidden elements, handlers, styles, unsafe URLs. */
export function dangerIn(html: string): string[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (FORBIDDEN_TAGS.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`);
      if (name === 'style' || name === 'srcDoc' || name === 'formAction') found.push(`${node.tagName}[${name}]`);
      if (['href', 'src', 'action', 'data', 'cite', 'poster'].includes(name) && typeof value === 'string' && !SAFE_URL.test(value.trim())) {
        found.push(`${node.tagName}[${name}=${value}]`);
      }
    }
  });
  return found;
}
