import { queryOptions } from '@tanstack/react-query';
import { EntityArticlesPage } from '../../shared/schema.ts';
import { checkPageNumber, dataPath, fetchJson } from './fetchJson.ts';

/** `entities/<id>/articles/<n>.json`: page n (from 2) of an entity's articles; page 1 is in `entities/<id>.json`. */
export const fetchEntityArticlesPage = async (id: string, page: number, signal?: AbortSignal) =>
  checkPageNumber(await fetchJson(dataPath('entities', id, 'articles', String(page)), EntityArticlesPage, signal), page, `${id}/articles`);

export const entityArticlesPageQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: ['entity', id, 'articles', page],
    queryFn: ({ signal }) => fetchEntityArticlesPage(id, page, signal),
  });
