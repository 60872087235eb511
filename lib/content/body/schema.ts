import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * Allow-list for CMS bodies: GitHub's schema (what rehype-sanitize ships,
 * battle-tested against XSS) minus form controls, plus `target` on links so
 * the editor's "open in new tab" survives (rel is then forced, see links.ts).
 * Everything not listed (script, style, iframe, form, svg, on*, style=, class=)
 * is dropped; URL attributes only keep http(s)/mailto/tel or relative URLs.
 */
export const bodySchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['target', '_blank']],
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'width', 'height'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
  // Tiptap writes `class="tight"` and `data-tight` for its own editor; they mean nothing here.
  // Dropped with their content; any other disallowed element is unwrapped and its text kept.
  strip: ['script', 'style', 'template'],
};
