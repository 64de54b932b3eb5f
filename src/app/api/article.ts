import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { Article } from '../../shared/schema.ts';
import { dataPath, entityLayoutQuery, fetchJson, fetchSeededData, pagePath } from './fetchJson.ts';

/**
 * An article's data: from `articles/<slug>.json`, or, on a site that keeps it only in the seed of the article's
 * prerendered page (the layout's ownData 'page': the static site of a big corpus), from that page. Every page of a
 * static site carries the layout in its seed; an app started without one (the dev server) has the data files.
 */
export async function fetchArticle(client: QueryClient, slug: string, signal?: AbortSignal): Promise<Article> {
  const layout = client.getQueryData(entityLayoutQuery().queryKey);
  return layout?.ownData === 'page' ? fetchSeededData(pagePath('articles', slug), articleQuery(slug).queryKey, Article, signal) : fetchJson(dataPath('articles', slug), Article, signal);
}

export const articleQuery = (slug: string) =>
  queryOptions({ queryKey: ['article', slug], queryFn: ({ client, signal }) => fetchArticle(client, slug, signal) });

export const useArticle = (slug: string) => useQuery(articleQuery(slug));
