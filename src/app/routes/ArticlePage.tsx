import { useCallback, useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import type { Article } from '../../shared/schema.ts';
import { useArticle } from '../api/article.ts';
import { isNotFound } from '../api/fetchJson.ts';
import { useMovedArticle } from '../api/slugs.ts';
import { ArticleBody, Headline, useArticleTrees, type TextMarks } from '../article/ArticleText.tsx';
import { CopyLinkButton } from '../article/CopyLinkButton.tsx';
import { EntitySidebar } from '../article/EntitySidebar.tsx';
import { QuotesList } from '../article/QuotesList.tsx';
import { useQuoteTarget, useSelectedEntity, useTurnTarget } from '../article/readerState.ts';
import { RelatedList } from '../article/RelatedList.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useReaderShortcuts } from '../features/keyboard/useReaderShortcuts.ts';
import { SelectionShare } from '../features/share/SelectionShare.tsx';
import { ShareButton } from '../features/share/ShareButton.tsx';
import { SectionBadge } from '../components/FictionBadge.tsx';
import { NotFound } from '../components/NotFound.tsx';
import { QueryError } from '../components/QueryError.tsx';
import { ArticleSkeleton } from '../components/Skeleton.tsx';
import { plural } from '../lib/format.ts';
import { ArticleDate } from '../components/ArticleDate.tsx';
import { assignSpeakerStyles } from '../lib/speakers.ts';
import { useIsLive } from '../ssr/useIsLive.ts';
import { ARTICLE_TEXT_ID, secondaryRegion } from '../ssr/secondaryRegions.ts';
import { WholeStylesheets } from '../ssr/WholeStylesheets.tsx';

function ArticleView({ article }: { article: Article }) {
  const entityIds = useMemo(() => new Set(article.entities.map((entity) => entity.id)), [article]);
  const [selectedEntity, toggleEntity] = useSelectedEntity(entityIds);
  const targetQuote = useQuoteTarget(true);
  const targetTurn = useTurnTarget(true);
  const trees = useArticleTrees(article);
  // a transcript's speakers first, so its turns get the most distinct colours; a quote keeps its speaker's colour
  const speakerStyles = useMemo(() => assignSpeakerStyles([...(article.turns ?? []), ...article.quotes]), [article]);
  // A quote or turn link older than the article's text: say so rather than highlight anything else.
  const hash = useLocation().hash;
  const quoteMissing = hash.startsWith('#quote-') && !article.quotes.some((quote) => quote.id === targetQuote);
  const turnMissing = hash.startsWith('#turn-') && !(article.turns ?? []).some((turn) => turn.id === targetTurn);
  const articlePath = `/articles/${encodeURIComponent(article.slug)}`;
  const marks: TextMarks = {
    quotes: useMemo(() => new Map(article.quotes.map((quote) => [quote.id, quote])), [article]),
    turns: useMemo(() => new Map((article.turns ?? []).map((turn) => [turn.id, turn])), [article]),
    targetTurn,
    articlePath,
    entityNames: useMemo(() => new Map(article.entities.map((entity) => [entity.id, entity.name])), [article]),
    speakerStyles,
    selectedEntity,
    targetQuote,
    onToggleEntity: toggleEntity,
    interactive: useIsLive(),
  };
  const selectedName = article.entities.find((entity) => entity.id === selectedEntity)?.name ?? null;
  const clearEntity = useCallback(() => {
    if (selectedEntity) toggleEntity(selectedEntity);
  }, [selectedEntity, toggleEntity]);
  const shortcutStatus = useReaderShortcuts(selectedEntity, selectedName, clearEntity);

  return (
    <div className={selectedEntity ? 'article-layout has-selection' : 'article-layout'}>
      <title>{`${article.title} · Dossier`}</title>
      <main id="main" tabIndex={-1} className="article-main">
        <article id={ARTICLE_TEXT_ID} aria-labelledby="article-title">
          <header className="article-header">
            <p className="meta">
              <SectionBadge section={article.section} fiction={article.fiction} />
              <ArticleDate date={article.date} dateText={article.dateText} dateSource={article.dateSource} />
              <span>{plural(Math.max(1, article.readingMinutes), 'min read', 'min read')}</span>
            </p>
            <ErrorBoundary part="the headline">
              <Headline tree={trees.title} marks={marks} />
            </ErrorBoundary>
            {(quoteMissing || turnMissing) && (
              <p className="hint" role="status">
                {quoteMissing ? 'This quote is no longer in the article.' : 'This turn is no longer in the article.'}
              </p>
            )}
            <p className="share-row">
              <CopyLinkButton path={articlePath} label="Copy link to this article" />
              <ShareButton path={articlePath} title={article.title} label="Share this article" />
            </p>
          </header>
          <ErrorBoundary part="the article text">
            <ArticleBody article={article} trees={trees.blocks} marks={marks} />
          </ErrorBoundary>
        </article>
        <WholeStylesheets />
        <ErrorBoundary part="the quotes">
          <QuotesList article={article} speakerStyles={speakerStyles} />
        </ErrorBoundary>
        <ErrorBoundary part="related articles">
          <RelatedList related={article.related} />
        </ErrorBoundary>
      </main>
      <aside id="entities" className="sidebar" {...secondaryRegion} aria-labelledby="entities-title" tabIndex={-1}>
        <ErrorBoundary part="the list of entities">
          <EntitySidebar article={article} selectedEntity={selectedEntity} onToggleEntity={toggleEntity} travelStatus={shortcutStatus} />
        </ErrorBoundary>
      </aside>
      <SelectionShare containerId={ARTICLE_TEXT_ID} title={article.title} />
    </div>
  );
}

export function ArticlePage() {
  const { slug = '' } = useParams();
  const { data, error, isPending, refetch, isFetching } = useArticle(slug);
  // A missing article may have moved to a new slug (its headline changed): follow slugs.json before giving up.
  const moved = useMovedArticle(slug, Boolean(error && isNotFound(error)));
  if (moved === 'missing') return <NotFound what="article" />;
  if (moved !== 'idle') return <ArticleSkeleton />;
  if (data) return <ArticleView article={data} />;
  if (error) {
    return (
      <ArticleSkeleton>
        <title>Could not load the article · Dossier</title>
        <QueryError what="the article" error={error} retry={refetch} retrying={isFetching} />
      </ArticleSkeleton>
    );
  }
  return isPending ? <ArticleSkeleton /> : null;
}
