// The one way every list pages: the page asked for (whatever the query string held), clamped to
// 1…maxPage, its rows' offset, and the page count for the pager (components/ui/pagination.tsx).

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageCount: number;
}

export interface PageWindow {
  page: number;
  skip: number;
  take: number;
  maxPage: number;
}

/** Rows per page of a public board (and of the search). */
export const BOARD_PAGE_SIZE = 20;
/** Deep pages cost an OFFSET scan; nobody reads page 500 of a board, and search engines use the sitemap. */
export const MAX_PAGE = 250;

/**
 * Page `page` of `size` rows. Anything that is not a positive number (nothing, text, NaN) is
 * page 1; fractions are cut; past maxPage is maxPage. Console lists have no maxPage: staff may
 * page back through all of the audit log.
 */
export function pageWindow(page: unknown, size: number, maxPage = Number.POSITIVE_INFINITY): PageWindow {
  const p = Math.min(maxPage, Math.max(1, Math.trunc(Number(page) || 1)));
  return { page: p, skip: (p - 1) * size, take: size, maxPage };
}

/** A public board's page: BOARD_PAGE_SIZE rows, at most MAX_PAGE pages. */
export const boardPageWindow = (page: unknown) => pageWindow(page, BOARD_PAGE_SIZE, MAX_PAGE);

/** The total, the page and the page count (at least 1, at most maxPage), for a list that builds its rows itself. */
export function pageOf(total: number, w: PageWindow): Omit<Paged<never>, "rows"> {
  return { total, page: w.page, pageCount: Math.min(w.maxPage, Math.max(1, Math.ceil(total / w.take))) };
}

/** The page's rows with the total and the page count. */
export function paged<T>(rows: T[], total: number, w: PageWindow): Paged<T> {
  return { rows, ...pageOf(total, w) };
}
