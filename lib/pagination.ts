/** Releases per listing page. */
export const PAGE_SIZE = 12;

export function pageCount(itemCount: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(itemCount / pageSize));
}

export function pageItems<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** `page` params for pages 2…n (page 1 lives at the listing's own URL). */
export function laterPages(itemCount: number): number[] {
  return Array.from({ length: pageCount(itemCount) - 1 }, (_, i) => i + 2);
}

/** A `page` route param as a page number ≥ 2, or undefined for anything else. */
export function parsePage(param: string): number | undefined {
  return /^[1-9]\d*$/.test(param) && Number(param) >= 2 ? Number(param) : undefined;
}

/** Page numbers to show as links: all when few, else the ends and a window around the current one. */
export function pageWindow(current: number, total: number): (number | 'gap')[] {
  if (total <= 7) return Array.from({ length: total }, (_, i) => i + 1);
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((p) => p >= 1 && p <= total));
  const pages = [...wanted].sort((a, b) => a - b);
  return pages.flatMap((page, i) => (i > 0 && page - pages[i - 1]! > 1 ? ['gap' as const, page] : [page]));
}
