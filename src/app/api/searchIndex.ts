import { queryOptions } from '@tanstack/react-query';
import { SearchIndex } from '../../shared/schema.ts';
import { dataPath, fetchJson } from './fetchJson.ts';

/** `search.json`: every article's searchable text in one file, fetched only when the reader starts searching. */
export const fetchSearchIndex = (signal?: AbortSignal) => fetchJson(dataPath('search'), SearchIndex, signal);

export const searchIndexQuery = () =>
  queryOptions({ queryKey: ['searchIndex'], queryFn: ({ signal }) => fetchSearchIndex(signal) });
