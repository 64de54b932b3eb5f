import { queryOptions, useQuery } from '@tanstack/react-query';
import { Article } from '../../shared/schema.ts';
import { dataPath, fetchJson } from './fetchJson.ts';

export const fetchArticle = (slug: string, signal?: AbortSignal) =>
  fetchJson(dataPath('articles', slug), Article, signal);

export const articleQuery = (slug: string) =>
  queryOptions({ queryKey: ['article', slug], queryFn: ({ signal }) => fetchArticle(slug, signal) });

export const useArticle = (slug: string) => useQuery(articleQuery(slug));
