/**
 * Share links as plain URLs to each platform's own share page: nothing of
 * theirs loads (no script, cookie or request) until the reader follows one.
 * Every value goes through `encodeURIComponent`, so `&`, `#`, spaces (as
 * `%20`, which mail clients read; `+` they would show) and Chinese titles
 * arrive intact.
 */

export const platforms = ['whatsapp', 'telegram', 'linkedin', 'facebook', 'x', 'email'] as const;
export type Platform = (typeof platforms)[number];

export type SharePage = {
  /** The page's absolute canonical URL. */
  url: string;
  title: string;
};

export type ShareLink = {
  platform: Platform;
  href: string;
  /** Web share pages open in a new tab; `mailto:` hands over to the mail program. */
  newTab: boolean;
};

const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

const builders: Record<Platform, (page: SharePage) => string> = {
  // WhatsApp takes a single text: the title, then the link it turns into a preview.
  whatsapp: ({ url, title }) => `https://wa.me/?${query({ text: `${title} ${url}` })}`,
  telegram: ({ url, title }) => `https://t.me/share/url?${query({ url, text: title })}`,
  // LinkedIn and Facebook read the title from the page's Open Graph tags.
  linkedin: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
  facebook: ({ url }) => `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`,
  x: ({ url, title }) => `https://x.com/intent/post?${query({ url, text: title })}`,
  // RFC 6068: no `+` for spaces, and line breaks as CRLF.
  email: ({ url, title }) => `mailto:?${query({ subject: title, body: `${title}\r\n\r\n${url}` })}`,
};

export function shareLinks(page: SharePage): ShareLink[] {
  return platforms.map((platform) => ({ platform, href: builders[platform](page), newTab: platform !== 'email' }));
}
