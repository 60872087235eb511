/**
 * Pagination anchored at the oldest release. Slot *i* (counting from the
 * oldest) is always on page ⌊i / 12⌋ + 1, so a new release changes only the
 * listing's first page, and a removed one (whose slot a tombstone keeps)
 * changes only its own page. The listing's own URL shows the newest page,
 * which holds 12 to 23 releases; older pages are `page/1/` (the oldest) up
 * to `page/{n-1}/`.
 */

export const PAGE_SIZE = 12;

/** Number of pages for `slots` slots (at least one: the listing's own URL). */
export function pageCount(slots: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.floor(slots / pageSize));
}

/** The page (1-based from the oldest) that holds slot `slot` of `slots`: the last page takes the remainder. */
export function pageOfSlot(slot: number, slots: number, pageSize = PAGE_SIZE): number {
  return Math.min(Math.floor(slot / pageSize) + 1, pageCount(slots, pageSize));
}

/** How page `page` of `slots` slots is addressed: its number, or undefined for the newest (the listing's own URL). */
export function pageAddress(page: number, slots: number, pageSize = PAGE_SIZE): number | undefined {
  return page === pageCount(slots, pageSize) ? undefined : page;
}

/** Slot indices (oldest first) of page `page` (1-based from the oldest; the last page is the listing's own URL). */
export function pageSlots(slots: number, page: number, pageSize = PAGE_SIZE): { start: number; end: number } | undefined {
  const pages = pageCount(slots, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return { start: (page - 1) * pageSize, end: page === pages ? slots : page * pageSize };
}

/** A `page` route param as a numbered page (1…n-1), or undefined for anything else. */
export function parsePage(param: string, slots: number): number | undefined {
  if (!/^[1-9]\d{0,6}$/.test(param)) return undefined;
  const page = Number(param);
  return page < pageCount(slots) ? page : undefined;
}

/**
 * Numbered pages of a listing per sitemap file (lib/seo/sitemap.ts): pages 1–100 in the first, 101–200 in
 * the next. A publish changes a listing's newest pages, so the sitemaps of its older pages are left as
 * they are; one sitemap of every listing page was rendered again by every publish (0.5–0.8 s at 10,000).
 */
export const PAGES_PER_SITEMAP: number = 100;

/**
 * Releases per sitemap of a year's release pages (lib/seo/sitemap.ts), on average: a year has
 * ⌈releases / 200⌉ files and deals its releases to them by a hash of the slug, so a file holds about
 * 200 (up to four URLs each: two languages, and side by side). A year of 1,250 releases at 10,000 was
 * one sitemap that took 0.3–0.55 s to render whenever one of its releases changed. Kept here, by the
 * other sitemap size, so that tests shrink both with one mock.
 */
export const RELEASES_PER_SITEMAP: number = 200;
