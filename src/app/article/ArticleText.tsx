// The article's headline and body with quotes and entity mentions marked, built from the nested
// render tree. All text goes through React text nodes: data is never rendered as HTML.
import { useMemo, type ReactNode } from 'react';
import type { Article, Quote, Turn } from '../../shared/schema.ts';
import { rangesForBlock, TITLE_BLOCK } from '../lib/articleRanges.ts';
import { buildRenderTree, type LabelNode, type QuoteNode, type TreeNode } from '../lib/renderTree.ts';
import { attributionStatus, speakerKey, type SpeakerStyle } from '../lib/speakers.ts';
import { turnGroups } from '../lib/turns.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';

export interface TextMarks {
  quotes: ReadonlyMap<string, Quote>;
  /** The article's turns by id (empty for an article that is not a transcript). */
  turns: ReadonlyMap<string, Turn>;
  /** The turn the URL points at (#turn-…). */
  targetTurn: string | null;
  /** The article's path, for the turns' copy-link buttons. */
  articlePath: string;
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

/** Who speaks a turn, in words: the name, or that the transcript does not say. */
export function turnSpeakerName(turn: Turn | undefined): string {
  return turn?.speaker?.name ?? 'Unnamed speaker';
}

/**
 * A turn's label as written, on a line of its own, with the speaker's chip (drawn by CSS from data-initials, so the
 * initials never become part of the text) and a link to the turn.
 */
function TurnLabel({ node, marks, children }: { node: LabelNode; marks: TextMarks; children: ReactNode }) {
  const turn = marks.turns.get(node.turnId);
  const key = turn ? speakerKey(turn.speaker) : null;
  const style = key ? marks.speakerStyles.get(key) : undefined;
  return (
    <span
      className={`turn-label ${style ? `speaker-${style.slot}` : 'speaker-none'}`}
      id={`${node.turnId}-label`}
      data-initials={style ? style.initials : '?'}
      title={turnSpeakerName(turn)}
    >
      <span className="turn-label-text">{children}</span>
      <CopyLinkButton path={`${marks.articlePath}#${node.turnId}`} label={`Copy link to this turn by ${turnSpeakerName(turn)}`} text="#" />
    </span>
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
    if (node.kind === 'label' || node.kind === 'stage') {
      if (node.kind === 'label') {
        return (
          <TurnLabel key={`l${node.start}-${node.turnId}`} node={node} marks={marks}>
            {renderNodes(node.children, marks)}
          </TurnLabel>
        );
      }
      return (
        <span key={`s${node.start}-${node.turnId}`} className="stage-direction">
          {renderNodes(node.children, marks)}
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

function BlockElement({ article, index, content }: { article: Article; index: number; content: ReactNode }) {
  const block = article.blocks[index]!;
  const key = `${index}-${block.id}`;
  switch (block.kind) {
    case 'subheading':
      return (
        <h2 key={key} id={block.id} className="subheading">
          {content}
        </h2>
      );
    case 'section-break':
      // the asterisks are a mark, not text: a separator says it to every reader
      return <hr key={key} id={block.id} className="section-break" />;
    case 'stage-direction':
      return (
        <p key={key} id={block.id} className="stage-direction">
          {content}
        </p>
      );
    default:
      return (
        <p key={key} id={block.id}>
          {content}
        </p>
      );
  }
}

/** One turn of a transcript: its blocks together, marked by the speaker's rule and label, never a highlight. */
function TurnBlock({ turn, marks, children }: { turn: Turn; marks: TextMarks; children: ReactNode }) {
  const key = speakerKey(turn.speaker);
  const style = key ? marks.speakerStyles.get(key) : undefined;
  const className = ['turn', style ? `speaker-${style.slot}` : 'speaker-none', marks.targetTurn === turn.id ? 'is-target' : ''].filter(Boolean).join(' ');
  return (
    <section className={className} id={turn.id} data-turn={turn.id} tabIndex={-1} aria-labelledby={`${turn.id}-label`}>
      {children}
    </section>
  );
}

export function ArticleBody({ article, trees, marks }: { article: Article; trees: TreeNode[][]; marks: TextMarks }) {
  const render = (index: number) => (
    <BlockElement key={`${index}-${article.blocks[index]!.id}`} article={article} index={index} content={renderNodes(trees[index] ?? [], marks)} />
  );
  return (
    <div className="article-body">
      {turnGroups(article).map((group) =>
        group.turn ? (
          <TurnBlock key={group.turn.id} turn={group.turn} marks={marks}>
            {group.blocks.map(render)}
          </TurnBlock>
        ) : (
          group.blocks.map(render)
        ),
      )}
    </div>
  );
}
