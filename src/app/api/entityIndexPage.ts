import { queryOptions } from '@tanstack/react-query';
import { EntityIndexPage } from '../../shared/schema.ts';
import { checkPageNumber, dataPath, fetchJson } from './fetchJson.ts';

/** `entities/index/<n>.json`: page n (from 2) of the entity list; page 1 is in `entities/index.json`. */
export const fetchEntityIndexPage = async (page: number, signal?: AbortSignal) =>
  checkPageNumber(await fetchJson(dataPath('entities', 'index', String(page)), EntityIndexPage, signal), page, 'entities/index');

export const entityIndexPageQuery = (page: number) =>
  queryOptions({ queryKey: ['entityIndex', 'page', page], queryFn: ({ signal }) => fetchEntityIndexPage(page, signal) });
