// The article's headline and body with quotes and entity mentions marked, built from the nested
// render tree. All text goes through React text nodes: data is never rendered as HTML.
import { useMemo, type ReactNode } from 'react';
import type { Article, Quote } from '../../shared/schema.ts';
import { rangesForBlock, TITLE_BLOCK } from '../lib/articleRanges.ts';
import { buildRenderTree, type QuoteNode, type TreeNode } from '../lib/renderTree.ts';
import { attributionStatus, speakerKey, type SpeakerStyle } from '../lib/speakers.ts';

export interface TextMarks {
  quotes: ReadonlyMap<string, Quote>;
  speakerStyles: ReadonlyMap<string, SpeakerStyle>;
  entityNames: ReadonlyMap<string, string>;
  selectedEntity: string | null;
  targetQuote: string | null;
  onToggleEntity: (entityId: string) => void;
  /**
   * Mentions are buttons only once the app is live (src/app/ssr/useIsLive.ts): the prerendered text carries
   * each mention as one element with its text (a fifth of the page's elements fewer, no dead buttons).
   */
  interactive: boolean;
}

/** What hovering or focusing a quote shows: who said it, or that nobody is sure. */
export function speakerLabel(quote: Quote): string {
  const status = attributionStatus(quote);
  if (status === 'unattributed' || !quote.speaker) return 'Unattributed';
  return status === 'uncertain' ? `${quote.speaker.name} (speaker uncertain)` : quote.speaker.name;
}

/** Class names giving a quote its speaker's colour and underline, and its state. */
export function quoteClassName(quote: Quote | undefined, style: SpeakerStyle | undefined, targeted: boolean): string {
  const status = quote ? attributionStatus(quote) : 'unattributed';
  return [
    'quote',
    style ? `speaker-${style.slot}` : 'speaker-none',
    status === 'attributed' ? '' : `quote-${status}`,
    targeted ? 'is-target' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function QuoteMark({ node, marks, children }: { node: QuoteNode; marks: TextMarks; children: ReactNode }) {
  const quote = marks.quotes.get(node.quoteId);
  const key = quote ? speakerKey(quote.speaker) : null;
  const style = key ? marks.speakerStyles.get(key) : undefined;
  return (
    <mark
      className={quoteClassName(quote, style, marks.targetQuote === node.quoteId)}
      data-quote={node.quoteId}
      id={node.first ? node.quoteId : undefined}
      data-speaker={quote?.speaker?.entity ?? undefined}
      data-label={quote ? speakerLabel(quote) : 'Unattributed'}
      data-initials={node.first && style ? style.initials : undefined}
      tabIndex={0}
      aria-describedby={`qinfo-${node.quoteId}`}
    >
      {children}
    </mark>
  );
}

/**
 * Renders tree nodes. Text directly inside a mention becomes a button for that mention, so buttons
 * never nest even when mentions do ("Chinese" inside "Chinese President Xi Jinping").
 */
export function renderNodes(nodes: readonly TreeNode[], marks: TextMarks, mentionId: string | null = null): ReactNode[] {
  return nodes.map((node) => {
    if (node.kind === 'text') {
      if (mentionId === null || !marks.interactive) return node.text;
      const name = marks.entityNames.get(mentionId) ?? mentionId;
      // An inline role=button (not <button>, which is always inline-block) so long names wrap with the text.
      return (
        <span
          key={`t${node.start}`}
          role="button"
          tabIndex={0}
          className="mention-button"
          aria-pressed={marks.selectedEntity === mentionId}
          title={`${name}: highlight every mention`}
          onClick={() => marks.onToggleEntity(mentionId)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            marks.onToggleEntity(mentionId);
          }}
        >
          {node.text}
        </span>
      );
    }
    if (node.kind === 'quote') {
      return (
        <QuoteMark key={`q${node.start}-${node.quoteId}`} node={node} marks={marks}>
          {renderNodes(node.children, marks)}
        </QuoteMark>
      );
    }
    const selected = marks.selectedEntity === node.entityId;
    const className = marks.interactive ? 'mention' : 'mention mention-static';
    return (
      <span
        key={`m${node.start}-${node.end}-${node.entityId}`}
        className={selected ? `${className} is-selected` : className}
        data-entity={node.entityId}
        data-selected={selected ? 'true' : undefined}
      >
        {renderNodes(node.children, marks, node.entityId)}
      </span>
    );
  });
}

/** Trees for the headline and every block; they depend only on the article, so are built once. */
export function useArticleTrees(article: Article): { title: TreeNode[]; blocks: TreeNode[][] } {
  return useMemo(
    () => ({
      title: buildRenderTree(article.title, rangesForBlock(article, TITLE_BLOCK)),
      blocks: article.blocks.map((block, index) => buildRenderTree(block.text, rangesForBlock(article, index))),
    }),
    [article],
  );
}

export function Headline({ tree, marks }: { tree: TreeNode[]; marks: TextMarks }) {
  return <h1 id="article-title" className="headline">{renderNodes(tree, marks)}</h1>;
}

export function ArticleBody({ article, trees, marks }: { article: Article; trees: TreeNode[][]; marks: TextMarks }) {
  return (
    <div className="article-body">
      {article.blocks.map((block, index) => {
        const content = renderNodes(trees[index] ?? [], marks);
        return block.kind === 'subheading' ? (
          <h2 key={`${index}-${block.id}`} id={block.id} className="subheading">
            {content}
          </h2>
        ) : (
          <p key={`${index}-${block.id}`} id={block.id}>
            {content}
          </p>
        );
      })}
    </div>
  );
}
