import { useParams } from 'react-router';
import { Link } from '../components/Link.tsx';
import { entityArticlesPageQuery } from '../api/entityArticlesPage.ts';
import { useEntityPage } from '../api/entityPage.ts';
import { entityQuotesPageQuery } from '../api/entityQuotesPage.ts';
import { ShowMore } from '../paging/ShowMore.tsx';
import { usePagedList } from '../paging/usePagedList.ts';
import { isNotFound } from '../api/fetchJson.ts';
import { useMovedEntity } from '../api/slugs.ts';
import { SectionBadge } from '../components/FictionBadge.tsx';
import { NotFound } from '../components/NotFound.tsx';
import { CoMentionChart, Timeline } from '../features/charts/EntityCharts.tsx';
import { QueryError } from '../components/QueryError.tsx';
import { LoadingNote, SkeletonLines } from '../components/Skeleton.tsx';
import { formatCount, formatDate, plural, typeLabel } from '../lib/format.ts';
import type { EntityArticlesPage, EntityPage as EntityPageData, EntityQuotesPage } from '../../shared/schema.ts';

function EntityView({ entity: firstPages }: { entity: EntityPageData }) {
  // First pages from entities/<id>.json; "Show more" loads entities/<id>/articles/<n>.json and …/quotes/<n>.json.
  const { id } = firstPages;
  const articleList = usePagedList({
    listKey: `entity:${id}:articles`,
    first: firstPages.articles,
    paging: firstPages.articlePaging,
    pageQuery: (page: number) => entityArticlesPageQuery(id, page),
    itemsOf: (page: EntityArticlesPage) => page.articles,
  });
  const quoteList = usePagedList({
    listKey: `entity:${id}:quotes`,
    first: firstPages.quotes,
    paging: firstPages.quotePaging,
    pageQuery: (page: number) => entityQuotesPageQuery(id, page),
    itemsOf: (page: EntityQuotesPage) => page.quotes,
  });
  const entity = { ...firstPages, articles: articleList.items, quotes: quoteList.items };
  return (
    <>
      <title>{`${entity.name} · Dossier`}</title>
      <p className="meta">
        <span className="badge badge-section">{typeLabel[entity.type]}</span>
      </p>
      <h1>{entity.name}</h1>
      {entity.aliases && entity.aliases.length > 0 && <p className="meta entity-aliases">Also written as {entity.aliases.join(', ')}</p>}
      {entity.roles.length > 0 && <p className="lede">{entity.roles.join('; ')}</p>}

      <section aria-labelledby="entity-timeline">
        <h2 id="entity-timeline">In the news over time</h2>
        <Timeline entity={entity} totals={{ articles: articleList.total, quotes: quoteList.total }} />
      </section>

      <section aria-labelledby="entity-articles">
        <h2 id="entity-articles">Articles ({formatCount(articleList.total)})</h2>
        <ul className="card-list">
          {entity.articles.map((article) => (
            <li key={article.slug} className="card">
              <h3 className="card-title">
                <Link to={`/articles/${encodeURIComponent(article.slug)}?entity=${encodeURIComponent(entity.id)}`}>
                  {article.title}
                </Link>
              </h3>
              <p className="meta">
                <SectionBadge section={article.section} fiction={article.fiction} />
                {article.date && <time dateTime={article.date}>{formatDate(article.date)}</time>}
                <span>{plural(article.mentionCount, 'mention')}</span>
              </p>
            </li>
          ))}
        </ul>
        <ShowMore list={articleList} noun="articles" />
      </section>

      <section aria-labelledby="entity-quotes">
        <h2 id="entity-quotes">Quotes ({formatCount(quoteList.total)})</h2>
        {entity.quotes.length === 0 ? (
          <p>No quotes attributed to {entity.name}.</p>
        ) : (
          <ul className="entity-page-quotes">
            {entity.quotes.map((quote) => (
              <li key={`${quote.articleSlug}#${quote.quoteId}`}>
                <blockquote>
                  <p>
                    <Link to={`/articles/${encodeURIComponent(quote.articleSlug)}#${quote.quoteId}`}>“{quote.text}”</Link>
                  </p>
                </blockquote>
                <p className="meta">
                  <span>In “{quote.articleTitle}”</span>
                  {quote.fiction && <SectionBadge section={null} fiction />}
                  {quote.date && <time dateTime={quote.date}>{formatDate(quote.date)}</time>}
                </p>
              </li>
            ))}
          </ul>
        )}
        <ShowMore list={quoteList} noun="quotes" />
      </section>

      {entity.turns && entity.turns.length > 0 && <EntityTurns entity={entity} />}

      <section aria-labelledby="entity-comentions">
        <h2 id="entity-comentions">Often mentioned with</h2>
        {entity.coMentions.length === 0 ? (
          <p>Nobody else yet.</p>
        ) : (
          <>
          <CoMentionChart entity={entity} />
          <h3 className="list-title">Everyone mentioned alongside, as a list</h3>
          <ul className="chip-list">
            {entity.coMentions.map((other) => (
              <li key={other.id}>
                <Link className="chip" to={`/entities/${encodeURIComponent(other.id)}`}>
                  {other.name} <span className="chip-count">({formatCount(other.count)})</span>
                </Link>
              </li>
            ))}
          </ul>
          </>
        )}
      </section>
    </>
  );
}

/** The turns the person spoke in transcripts, beside their quotes: each opens the turn in its article. */
function EntityTurns({ entity }: { entity: EntityPageData }) {
  const turns = entity.turns ?? [];
  const total = entity.turnTotal ?? turns.length;
  return (
    <section aria-labelledby="entity-turns">
      <h2 id="entity-turns">Turns in transcripts ({formatCount(total)})</h2>
      <ul className="entity-page-quotes entity-page-turns">
        {turns.map((turn) => (
          <li key={`${turn.articleSlug}#${turn.turnId}`}>
            <blockquote>
              <p>
                <Link to={`/articles/${encodeURIComponent(turn.articleSlug)}#${turn.turnId}`}>{turn.text}</Link>
              </p>
            </blockquote>
            <p className="meta">
              <span>In “{turn.articleTitle}”</span>
              {turn.fiction && <SectionBadge section={null} fiction />}
              {turn.date && <time dateTime={turn.date}>{formatDate(turn.date)}</time>}
            </p>
          </li>
        ))}
      </ul>
      {total > turns.length && <p className="hint">The {formatCount(turns.length)} most recent of {formatCount(total)} turns.</p>}
    </section>
  );
}

export function EntityPage() {
  const { id = '' } = useParams();
  const { data, error, isPending, refetch, isFetching } = useEntityPage(id);
  // an entity merged into another or renamed keeps its old link: follow slugs.json before giving up
  const moved = useMovedEntity(id, Boolean(error && isNotFound(error)));
  if (moved === 'missing') return <NotFound what="entity" />;
  const waiting = isPending || moved !== 'idle';
  return (
    <main id="main" tabIndex={-1} className="page" aria-busy={waiting}>
      {waiting && (
        <>
          <LoadingNote what="entity" />
          <div className="skeleton-title" aria-hidden="true" />
          <SkeletonLines lines={12} />
        </>
      )}
      {error && moved === 'idle' && <QueryError what="this entity" error={error} retry={refetch} retrying={isFetching} />}
      {data && <EntityView entity={data} />}
    </main>
  );
}
