import { queryOptions, useQuery } from '@tanstack/react-query';
import { EntityIndex } from '../../shared/schema.ts';
import { dataPath, fetchJson } from './fetchJson.ts';

export const fetchEntityIndex = (signal?: AbortSignal) =>
  fetchJson(dataPath('entities', 'index'), EntityIndex, signal);

export const entityIndexQuery = () =>
  queryOptions({ queryKey: ['entityIndex'], queryFn: ({ signal }) => fetchEntityIndex(signal) });

export const useEntityIndex = () => useQuery(entityIndexQuery());
