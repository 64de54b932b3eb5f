// Loads the search lazily: nothing is fetched until the reader focuses or types in the search box.
// Until the pipeline writes data/search.json, the index is built here from the article files, fetched
// through react-query so articles already opened are not fetched again.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/schema.ts';
import { articleQuery } from '../../api/article.ts';
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
      const [{ createArticleSearch }, { searchDocument }, loaded] = await Promise.all([
        import('./engine.ts'),
        import('./documents.ts'),
        Promise.all(articles.map((article) => queryClient.fetchQuery(articleQuery(article.slug)))),
      ]);
      return createArticleSearch(loaded.map(searchDocument));
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
