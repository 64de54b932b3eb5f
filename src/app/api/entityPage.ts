import { queryOptions, useQuery } from '@tanstack/react-query';
import { EntityPage } from '../../shared/schema.ts';
import { dataPath, fetchJson } from './fetchJson.ts';

export const fetchEntityPage = (id: string, signal?: AbortSignal) =>
  fetchJson(dataPath('entities', id), EntityPage, signal);

export const entityPageQuery = (id: string) =>
  queryOptions({ queryKey: ['entity', id], queryFn: ({ signal }) => fetchEntityPage(id, signal) });

export const useEntityPage = (id: string) => useQuery(entityPageQuery(id));
