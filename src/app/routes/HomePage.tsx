import { useMemo, type ReactNode } from 'react';
import { Link } from '../components/Link.tsx';
import { useArticleIndex } from '../api/articleIndex.ts';
import { articleIndexPageQuery } from '../api/articleIndexPage.ts';
import { ShowMore } from '../paging/ShowMore.tsx';
import { usePagedList } from '../paging/usePagedList.ts';
import { SearchBox } from '../features/search/SearchBox.tsx';
import type { SearchUi } from '../features/search/searchUi.tsx';
import { useArticleSearch } from '../features/search/useArticleSearch.ts';
import { isActive } from '../features/search/request.ts';
import { useRequestInUrl } from '../features/search/useRequestInUrl.ts';
import type { SearchHit } from '../features/search/engine.ts';
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

/** The search results, best first, with why each matched; "Show more results" asks for the next ones. */
function SearchResultList({ hits, total, showMore, loading, ui }: { hits: readonly SearchHit[]; total: number; showMore: () => void; loading: boolean; ui: SearchUi | null }) {
  if (hits.length === 0 || !ui) return null;
  return (
    <>
      <ul className="card-list" aria-label="Search results">
        {hits.map((hit) => (
          <ArticleCard key={hit.id} article={hit.summary}>
            <ui.MatchReasons reasons={hit.reasons} slug={hit.summary.slug} />
          </ArticleCard>
        ))}
      </ul>
      {hits.length < total && (
        <p className="show-more">
          <button type="button" className="button" onClick={showMore} disabled={loading}>
            Show more results
          </button>
        </p>
      )}
    </>
  );
}

/** The article list, or the search results when a search is in the URL (?q= and the filters). */
function ArticleList({ articles, total, more }: { articles: readonly ArticleSummary[]; total: number; more: ReactNode }) {
  const [request, changeRequest] = useRequestInUrl();
  const search = useArticleSearch(request);
  const ordered = useMemo(() => newestFirst(articles), [articles]);
  const active = isActive(request);
  const hits = active ? search.results?.hits ?? null : null;
  return (
    <>
      <SearchBox
        request={request}
        onRequest={changeRequest}
        onPrepare={search.prepare}
        status={search.status}
        engine={search.engine}
        ui={search.ui}
        resultCount={search.results?.total ?? 0}
        approximate={search.results?.approximate ?? false}
        shownCount={search.results?.hits.length ?? 0}
        total={total}
        retry={search.retry}
      />
      {active ? (
        search.status !== 'error' && hits && <SearchResultList hits={hits} total={search.results?.total ?? 0} showMore={search.showMore} loading={search.status === 'loading'} ui={search.ui} />
      ) : (
        <ul className="card-list" aria-label="All articles">
          {ordered.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
        </ul>
      )}
      {!active && more}
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
