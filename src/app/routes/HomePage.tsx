import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useArticleIndex } from '../api/articleIndex.ts';
import { articleIndexPageQuery } from '../api/articleIndexPage.ts';
import { searchIndexQuery } from '../api/searchIndex.ts';
import { ShowMore } from '../paging/ShowMore.tsx';
import { usePagedList } from '../paging/usePagedList.ts';
import { MatchReasons, SearchBox } from '../features/search/SearchBox.tsx';
import { useArticleSearch } from '../features/search/useArticleSearch.ts';
import { SectionBadge } from '../components/FictionBadge.tsx';
import { QueryError } from '../components/QueryError.tsx';
import { LoadingNote, SkeletonLines } from '../components/Skeleton.tsx';
import { newestFirst, plural } from '../lib/format.ts';
import { ArticleDate } from '../components/ArticleDate.tsx';
import type { ArticleIndex, ArticleIndexPage, ArticleSummary } from '../../shared/schema.ts';

export function ArticleCard({ article, children }: { article: ArticleSummary; children?: ReactNode }) {
  return (
    <li className="card">
      <h2 className="card-title">
        <Link to={`/articles/${encodeURIComponent(article.slug)}`}>{article.title}</Link>
      </h2>
      <p className="meta">
        <SectionBadge section={article.section} fiction={article.fiction} />
        <ArticleDate date={article.date} dateText={article.dateText} dateSource={article.dateSource} />
        <span>{plural(article.readingMinutes || 1, 'min read', 'min read')}</span>
        <span>{plural(article.quoteCount, 'quote')}</span>
      </p>
      {article.mainEntities.length > 0 && (
        <p className="card-entities">
          <span className="visually-hidden">About: </span>
          {article.mainEntities.map((entity) => (
            <Link key={entity.id} className="chip" to={`/entities/${encodeURIComponent(entity.id)}`}>
              {entity.name}
            </Link>
          ))}
        </p>
      )}
      {children}
    </li>
  );
}

function CardSkeletons() {
  return (
    <ul className="card-list" aria-hidden="true">
      {Array.from({ length: 4 }, (_, index) => (
        <li key={index} className="card card-skeleton">
          <div className="skeleton-title skeleton-title-small" />
          <SkeletonLines lines={2} />
        </li>
      ))}
    </ul>
  );
}

/** The article list, or the search results in order of relevance with why each matched. */
function ArticleList({ articles, total, more }: { articles: readonly ArticleSummary[]; total: number; more: ReactNode }) {
  const [query, setQuery] = useState('');
  const [params, setParams] = useSearchParams();
  const { status, search, prepare } = useArticleSearch(articles);
  // The query lives in ?q= so Back from an article returns to the same results. It is read after the first
  // render, which must match the prerendered page (which has no query).
  const urlQuery = params.get('q') ?? '';
  useEffect(() => {
    if (!urlQuery) return;
    setQuery(urlQuery);
    prepare();
    // Only on arriving at the page: typing keeps the URL in step, not the other way round.
  }, []);
  const changeQuery = (value: string) => {
    setQuery(value);
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set('q', value);
        else next.delete('q');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  const ordered = useMemo(() => newestFirst(articles), [articles]);
  const hits = useMemo(() => (search && query.trim() ? search.search(query) : null), [search, query]);
  const bySlug = useMemo(() => new Map(articles.map((article) => [article.slug, article])), [articles]);
  // A hit may be on a page of the list not loaded yet: its headline comes from the search index.
  const { data: searchIndex } = useQuery({ ...searchIndexQuery(), enabled: false });
  const titleOf = useMemo(() => new Map(searchIndex?.documents.map((document) => [document.slug, document.title])), [searchIndex]);
  return (
    <>
      <SearchBox
        query={query}
        onQuery={changeQuery}
        onPrepare={prepare}
        status={status}
        resultCount={hits?.length ?? 0}
        total={total}
      />
      {hits ? (
        hits.length > 0 && (
          <ul className="card-list" aria-label="Search results">
            {hits.map((hit) => {
              const article = bySlug.get(hit.slug);
              return article ? (
                <ArticleCard key={hit.slug} article={article}>
                  <MatchReasons reasons={hit.reasons} slug={hit.slug} />
                </ArticleCard>
              ) : (
                <li key={hit.slug} className="card">
                  <h2 className="card-title">
                    <Link to={`/articles/${encodeURIComponent(hit.slug)}`}>{titleOf.get(hit.slug) ?? hit.slug}</Link>
                  </h2>
                  <MatchReasons reasons={hit.reasons} slug={hit.slug} />
                </li>
              );
            })}
          </ul>
        )
      ) : (
        <ul className="card-list" aria-label="All articles">
          {ordered.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
        </ul>
      )}
      {!hits && more}
    </>
  );
}

/** The first page from index.json; "Show more" loads index/<n>.json. */
function PagedArticleList({ index }: { index: ArticleIndex }) {
  const list = usePagedList({
    listKey: 'articleIndex',
    first: index.articles,
    paging: index.paging,
    pageQuery: articleIndexPageQuery,
    itemsOf: (page: ArticleIndexPage) => page.articles,
  });
  return <ArticleList articles={list.items} total={list.total} more={<ShowMore list={list} noun="articles" />} />;
}

export function HomePage() {
  const { data, error, isPending, refetch, isFetching } = useArticleIndex();
  return (
    <main id="main" tabIndex={-1} className="page" aria-busy={isPending}>
      <title>Articles · Dossier</title>
      <h1>Articles</h1>
      <p className="lede">Newest first. Open an article to see who said what and who is mentioned.</p>
      {isPending && (
        <>
          <LoadingNote what="articles" />
          <CardSkeletons />
        </>
      )}
      {error && <QueryError what="the list of articles" error={error} retry={refetch} retrying={isFetching} />}
      {data && data.articles.length > 0 && <PagedArticleList index={data} />}
      {data?.articles.length === 0 && <p>No articles yet.</p>}
    </main>
  );
}
