import { useLocation } from 'react-router';
import { Link } from '../components/Link.tsx';
import type { Article, Quote } from '../../shared/schema.ts';
import { textAt, TITLE_BLOCK } from '../lib/articleRanges.ts';
import { formatCount, plural, shorten } from '../lib/format.ts';
import { attributionStatus, speakerKey, type SpeakerStyle } from '../lib/speakers.ts';
import { ShareButton } from '../features/share/ShareButton.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { secondaryRegion } from '../ssr/secondaryRegions.ts';

/** Where a location is, in words a reader can find: "headline", "paragraph 3", "subheading 1". */
export function placeName(article: Pick<Article, 'blocks'>, block: number): string {
  if (block === TITLE_BLOCK) return 'the headline';
  const kind = article.blocks[block]?.kind;
  if (!kind) return 'the text';
  const sameKindBefore = article.blocks.slice(0, block + 1).filter((other) => other.kind === kind).length;
  return `${kind} ${sameKindBefore}`;
}

function Evidence({ article, quote }: { article: Article; quote: Quote }) {
  const mention = quote.speaker?.mention;
  const mentionText = mention ? textAt(article, mention) : null;
  return (
    <details className="evidence">
      <summary>Evidence</summary>
      <dl>
        <dt>Cue</dt>
        <dd>{quote.cue ? `“${quote.cue.text}” in ${placeName(article, quote.cue.location.block)}` : 'No cue found'}</dd>
        <dt>Speaker as written</dt>
        <dd>{mentionText && mention ? `“${mentionText}” in ${placeName(article, mention.block)}` : 'Not found in the text'}</dd>
        <dt>Found in</dt>
        <dd>{[...new Set(quote.fragments.map((fragment) => placeName(article, fragment.block)))].join(', ')}</dd>
        {quote.corrected && (
          <>
            <dt>Correction</dt>
            <dd>The speaker was corrected by an editor.</dd>
          </>
        )}
      </dl>
    </details>
  );
}

function QuoteItem({ article, quote, style }: { article: Article; quote: Quote; style: SpeakerStyle | undefined }) {
  const location = useLocation();
  const status = attributionStatus(quote);
  const path = `/articles/${encodeURIComponent(article.slug)}#${quote.id}`;
  const slot = style ? `speaker-${style.slot}` : 'speaker-none';
  return (
    <li className={`quote-item ${slot}`}>
      <p className="quote-item-text">“{shorten(quote.text, 260)}”</p>
      <p className="quote-item-speaker" id={`qinfo-${quote.id}`}>
        {style && (
          <span className={`speaker-chip ${slot}`} aria-hidden="true">
            {style.initials}
          </span>
        )}
        {status === 'unattributed' || !quote.speaker ? (
          <span className="badge badge-warn">Unattributed</span>
        ) : (
          <>
            <span className="speaker-name">{quote.speaker.name}</span>
            {status === 'uncertain' && <span className="badge badge-warn">speaker uncertain</span>}
          </>
        )}
      </p>
      <p className="quote-item-meta">
        {quote.cue && <span>Cue: “{quote.cue.text}”</span>}
        <span>Confidence {Math.round(quote.confidence * 100)}%</span>
        {quote.corrected && <span>Corrected</span>}
      </p>
      <Evidence article={article} quote={quote} />
      <p className="quote-actions">
        <Link to={{ pathname: location.pathname, search: location.search, hash: quote.id }}>Show in text</Link>
        <CopyLinkButton path={path} label={`Copy link to the quote “${shorten(quote.text, 40)}”`} />
        <ShareButton path={path} title={article.title} label={`Share the quote “${shorten(quote.text, 40)}”`} />
      </p>
    </li>
  );
}

export function QuotesList({ article, speakerStyles }: { article: Article; speakerStyles: ReadonlyMap<string, SpeakerStyle> }) {
  return (
    <section id="quotes" className="quotes" {...secondaryRegion} aria-labelledby="quotes-title" tabIndex={-1}>
      <h2 id="quotes-title">Quotes ({formatCount(article.quotes.length)})</h2>
      {article.quotes.length === 0 ? (
        <p>No quotations found in this article.</p>
      ) : (
        <>
          <p className="hint">
            {plural(new Set(article.quotes.map((quote) => speakerKey(quote.speaker))).size, 'speaker')}. Each
            speaker has a colour, an underline style and initials in the text.
          </p>
          <ol className="quote-list">
            {article.quotes.map((quote) => {
              const key = speakerKey(quote.speaker);
              return <QuoteItem key={quote.id} article={article} quote={quote} style={key ? speakerStyles.get(key) : undefined} />;
            })}
          </ol>
        </>
      )}
    </section>
  );
}
