import { expect, type Page } from '@playwright/test';

export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];
/** `<html lang>`, hreflang and JSON-LD `inLanguage` of each locale. */
export const tags = { en: 'en', zh: 'zh-Hans' } as const;

export const releaseSlug = 'singapore-and-shenzhen-drive-smart-city-collaboration';
/** The legacy permalink, which is also the locale-free path of the release page. */
export const permalink = (slug = releaseSlug) => `/media-centre/press-releases/${slug}/`;
export const releasePath = (locale: string, slug = releaseSlug) => `/${locale}${permalink(slug)}`;

/** The real release (content/releases/*): what the pages, feeds and metadata must say about it. */
export const release = {
  titles: {
    en: 'Singapore and Shenzhen Drive Smart City Collaboration with 14 New Projects',
    zh: '新加坡与深圳推动智慧城市合作，启动14个新项目',
  },
  /** Its front matter's description repeats the title, so the summary is the first bullet. */
  summaries: {
    en: '14 new joint projects were launched at the 4th Singapore-China (Shenzhen) Smart City Initiative (SCI) Joint Implementation Committee (JIC) meeting',
    zh: '第四次新加坡—中国（深圳）智慧城市合作倡议（SCI）联合实施委员会（JIC）会议启动了14个新的联合项目',
  },
  /** `issuers: [mci, imda]`, as the page's issuers line reads. */
  issuedBy: {
    en: 'Ministry of Communications and Information and Infocomm Media Development Authority',
    zh: '通讯及新闻部和资讯通信媒体发展局',
  },
  issuers: {
    en: ['Ministry of Communications and Information', 'Infocomm Media Development Authority'],
    zh: ['通讯及新闻部', '资讯通信媒体发展局'],
  },
  /** `date: 2023-12-14`, midnight in the agency's time zone (Asia/Singapore). */
  published: '2023-12-14T00:00:00+08:00',
  day: '2023-12-14',
  dates: { en: '14 December 2023', zh: '2023年12月14日' },
} as const;

/** The public origin the build was made for (absolute URLs in metadata, feeds, sitemap). */
export const siteUrl = process.env.SITE_URL || 'http://localhost:3000';
/** A public URL from the build, as a path the test server answers. */
export const localPath = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};
export const legacyAnnexUrl = 'https://www.mddi.gov.sg/files/Press%20Releases%202023/Annexes_A_and_B_List_of_MOUs_and_projects_signed_at_SCI.pdf';

/** The static export the `static` project serves (`npm run build:static` writes `out/`; e2e/static/contract.spec.ts reads the same variable). */
export const staticOut = process.env.NEXT_DIST_DIR_STATIC || 'out';

/** Asserts the page's HTML carries nothing executable that came from content. */
export async function expectNoContentScripts(page: Page) {
  const body = page.locator('article .prose');
  await expect(body.locator('script, iframe, style, [style]')).toHaveCount(0);
  const attributes = await body.evaluate((root) => [...root.querySelectorAll('*')].flatMap((element) => element.getAttributeNames()));
  expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
}

/** The `<link rel="alternate" hreflang>` of an HTML document, as `{ hreflang: href }`. */
export function hreflangLinks(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const links: Record<string, string> = {};
  for (const [tag] of head.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel="alternate"/.test(tag)) continue;
    const lang = /\bhref[Ll]ang="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (lang && href) links[lang] = href.replace(/&amp;/g, '&');
  }
  return links;
}
