import { queryOptions, useQuery } from '@tanstack/react-query';
import { ArticleIndex } from '../../shared/schema.ts';
import { dataPath, fetchJson } from './fetchJson.ts';

export const fetchArticleIndex = (signal?: AbortSignal) => fetchJson(dataPath('index'), ArticleIndex, signal);

export const articleIndexQuery = () =>
  queryOptions({ queryKey: ['articleIndex'], queryFn: ({ signal }) => fetchArticleIndex(signal) });

export const useArticleIndex = () => useQuery(articleIndexQuery());
