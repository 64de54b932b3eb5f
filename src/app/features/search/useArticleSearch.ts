// Loads the search lazily: nothing is fetched until the reader focuses or types in the search box. Then one
// file, data/search.json (every article's searchable text, written by the pipeline), through react-query.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/schema.ts';
import { searchIndexQuery } from '../../api/searchIndex.ts';
import type { ArticleSearch } from './engine.ts';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export function useArticleSearch(articles: readonly ArticleSummary[] | undefined) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [search, setSearch] = useState<ArticleSearch | null>(null);
  const started = useRef(false);

  const prepare = useCallback(() => {
    if (started.current || !articles) return;
    started.current = true;
    setStatus('loading');
    const build = async () => {
      const [{ createArticleSearch }, index] = await Promise.all([
        import('./engine.ts'),
        queryClient.fetchQuery(searchIndexQuery()),
      ]);
      return createArticleSearch(index.documents);
    };
    build().then(
      (engine) => {
        setSearch(engine);
        setStatus('ready');
      },
      () => {
        started.current = false; // a later focus tries again
        setStatus('error');
      },
    );
  }, [articles, queryClient]);

  return { status, search, prepare };
}
