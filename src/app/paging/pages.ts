// Pure rules of paged lists: which page files to load and how their items join the first page.
import type { Paging } from '../../shared/schema.ts';
import { formatCount } from '../lib/format.ts';

/** Page numbers (from 2) to load for `shown` pages, never past the last page. */
export function extraPageNumbers(shown: number, paging: Paging | undefined): number[] {
  if (!paging) return [];
  const last = Math.min(Math.max(1, Math.floor(shown)), paging.pageCount);
  return Array.from({ length: last - 1 }, (_, i) => i + 2);
}

/**
 * The first page's items followed by each loaded page's, in order, stopping at the first page not loaded
 * yet: a later page never shows before an earlier one, so the list stays in its order.
 */
export function joinPages<T>(first: readonly T[], pages: ReadonlyArray<readonly T[] | undefined>): T[] {
  const items = [...first];
  for (const page of pages) {
    if (!page) break;
    items.push(...page);
  }
  return items;
}

/** "Showing 100 of 3,000 articles". */
export function shownLabel(shown: number, total: number, noun: string): string {
  return shown >= total ? `All ${formatCount(total)} ${noun}` : `Showing ${formatCount(shown)} of ${formatCount(total)} ${noun}`;
}
