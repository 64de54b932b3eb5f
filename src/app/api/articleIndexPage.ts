import { queryOptions } from '@tanstack/react-query';
import { ArticleIndexPage } from '../../shared/schema.ts';
import { checkPageNumber, dataPath, fetchJson } from './fetchJson.ts';

/** `index/<n>.json`: page n (from 2) of the article list; page 1 is in `index.json`. */
export const fetchArticleIndexPage = async (page: number, signal?: AbortSignal) =>
  checkPageNumber(await fetchJson(dataPath('index', String(page)), ArticleIndexPage, signal), page, 'index');

export const articleIndexPageQuery = (page: number) =>
  queryOptions({ queryKey: ['articleIndex', 'page', page], queryFn: ({ signal }) => fetchArticleIndexPage(page, signal) });
