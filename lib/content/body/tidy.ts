import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

function isBlank(node: Element): boolean {
  return node.children.every((child) => child.type === 'text' && toString(child).trim() === '');
}

/**
 * rehype plugin: editors leave empty `<p></p>` as spacing, which shows up as
 * random gaps; the page owns the only `<h1>`, so body headings start at h2;
 * and emptied attributes go.
 */
export function rehypeTidyBody() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'p' && isBlank(node) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.tagName === 'h1') node.tagName = 'h2';
      // The sanitizer empties disallowed classes (`class="tight"`) but leaves `class=""` behind.
      if (Array.isArray(node.properties.className) && node.properties.className.length === 0) {
        delete node.properties.className;
      }
      return undefined;
    });
  };
}
