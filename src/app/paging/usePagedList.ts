// A list whose first page came with its main file and whose further pages load on demand ("Show more"),
// each page file through react-query, so a page once loaded is never fetched again.
import { useQueries, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Paging } from '../../shared/schema.ts';
import { extraPageNumbers, joinPages } from './pages.ts';

/** The query of one page file, as made by a module in api/. */
export type PageQuery<P, K extends QueryKey> = UseQueryOptions<P, Error, P, K>;

export interface PagedList<T> {
  items: T[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  error: Error | null;
  showMore(): void;
  retry(): void;
}

// How far each list was opened, so Back to a list shows as much of it as before (the pages are cached).
const openedPages = new Map<string, number>();

interface PagedListOptions<P, T, K extends QueryKey> {
  /** Names the list, for remembering how far it was opened ("articleIndex", "entity:x:articles"). */
  listKey: string;
  first: readonly T[];
  paging: Paging | undefined;
  pageQuery: (page: number) => PageQuery<P, K>;
  itemsOf: (page: P) => readonly T[];
}

export function usePagedList<P, T, K extends QueryKey>({ listKey, first, paging, pageQuery, itemsOf }: PagedListOptions<P, T, K>): PagedList<T> {
  const [shown, setShown] = useState(() => openedPages.get(listKey) ?? 1);
  const numbers = extraPageNumbers(shown, paging);
  const results = useQueries({ queries: numbers.map((page) => pageQuery(page)) });
  const items = joinPages(first, results.map((result) => (result.data === undefined ? undefined : itemsOf(result.data))));
  const failed = results.find((result) => result.error);
  const lastPage = paging?.pageCount ?? 1;

  const showMore = useCallback(() => {
    setShown((current) => {
      const next = Math.min(current + 1, lastPage);
      openedPages.set(listKey, next);
      return next;
    });
  }, [listKey, lastPage]);
  const retry = () => {
    for (const result of results) if (result.error) void result.refetch();
  };

  return {
    items,
    total: paging?.total ?? first.length,
    hasMore: numbers.length + 1 < lastPage,
    loadingMore: results.some((result) => result.isFetching),
    error: failed?.error ?? null,
    showMore,
    retry,
  };
}
