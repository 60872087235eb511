import { expect, type Page } from '@playwright/test';

export const releaseSlug = 'singapore-and-shenzhen-drive-smart-city-collaboration';
/** The legacy permalink, which is also the locale-free path of the release page. */
export const permalink = (slug = releaseSlug) => `/media-centre/press-releases/${slug}/`;
export const releasePath = (locale: string, slug = releaseSlug) => `/${locale}${permalink(slug)}`;

/** The public origin the build was made for (absolute URLs in metadata, feeds, sitemap). */
export const siteUrl = process.env.SITE_URL || 'http://localhost:3000';
/** A public URL from the build, as a path the test server answers. */
export const localPath = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};
export const legacyAnnexUrl =
  'https://www.mddi.gov.sg/files/Press%20Releases%202023/Annexes_A_and_B_List_of_MOUs_and_projects_signed_at_SCI.pdf';

/** Asserts the page's HTML carries nothing executable that came from content. */
export async function expectNoContentScripts(page: Page) {
  const body = page.locator('article .prose');
  await expect(body.locator('script, iframe, style, [style]')).toHaveCount(0);
  const attributes = await body.evaluate((root) =>
    [...root.querySelectorAll('*')].flatMap((element) => element.getAttributeNames()),
  );
  expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
}
