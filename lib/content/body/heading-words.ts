import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { breakUnits, WIDE } from '../../site/line-breaks';

const HEADING = /^h[2-6]$/;

/** A text node as its words with a `<wbr>` between two that no space separates. */
function withBreaks(text: string, lang: string): ElementContent[] {
  const out: ElementContent[] = [];
  for (const unit of breakUnits(text, lang)) {
    const previous = out.at(-1);
    if (previous?.type === 'text' && !/\s$/.test(previous.value)) out.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
    out.push({ type: 'text', value: unit });
  }
  return out;
}

/**
 * rehype plugin, after sanitizing: headings in a body break lines only
 * between words, as titles do (components/ui/Words.tsx). A `<wbr>` goes
 * between the words Intl.Segmenter finds; the stylesheet gives body
 * headings `word-break: keep-all`, which forbids every other break inside
 * a run of Chinese characters. Text without wide characters is left as it is.
 */
export function rehypeHeadingWords(lang: string) {
  return (tree: Root) => {
    visit(tree, 'element', (heading: Element) => {
      if (!HEADING.test(heading.tagName)) return;
      visit(heading, 'text', (node, index, parent) => {
        if (!parent || index === undefined || !WIDE.test(node.value)) return;
        const pieces = withBreaks(node.value, lang);
        (parent.children as ElementContent[]).splice(index, 1, ...pieces);
        return index + pieces.length;
      });
    });
  };
}
