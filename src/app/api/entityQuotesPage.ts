import { queryOptions } from '@tanstack/react-query';
import { EntityQuotesPage } from '../../shared/schema.ts';
import { checkPageNumber, dataPath, fetchJson } from './fetchJson.ts';

/** `entities/<id>/quotes/<n>.json`: page n (from 2) of an entity's quotes; page 1 is in `entities/<id>.json`. */
export const fetchEntityQuotesPage = async (id: string, page: number, signal?: AbortSignal) =>
  checkPageNumber(await fetchJson(dataPath('entities', id, 'quotes', String(page)), EntityQuotesPage, signal), page, `${id}/quotes`);

export const entityQuotesPageQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: ['entity', id, 'quotes', page],
    queryFn: ({ signal }) => fetchEntityQuotesPage(id, page, signal),
  });
