/**
 * Long lists as static pages: `/cases/` holds the first 24, `/cases/side/2/` the next, and so on. Every page links
 * to its neighbours with plain links and `rel="prev"`/`rel="next"`.
 */

export const CASES_PER_PAGE = 24;

export interface ListPage<T> {
  items: T[];
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** This page's address, e.g. `/cases/side/2/`. */
  path: string;
  prev?: string;
  next?: string;
}

/** The address of page `n` of the list at `base` (which ends in `/`). */
export function pagePath(base: string, n: number): string {
  return n === 1 ? base : `${base}side/${n}/`;
}

/** The rest parameter of a page's route: nothing for the first page, `side/<n>` after. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `side/${n}`;
}

/** Splits `items` into pages of `perPage`; an empty list still has its first page. */
export function paginate<T>(items: T[], base: string, perPage = CASES_PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a positive integer, not ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    number: i + 1,
    count,
    path: pagePath(base, i + 1),
    prev: i > 0 ? pagePath(base, i) : undefined,
    next: i + 1 < count ? pagePath(base, i + 2) : undefined,
  }));
}
