import { expect, type Page } from '@playwright/test';

export const releaseSlug = 'singapore-and-shenzhen-drive-smart-city-collaboration';
export const releasePath = (locale: string, slug = releaseSlug) => `/${locale}/media-centre/press-releases/${slug}/`;
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
