// Pictures on an entity page: who appears most with this entity (an SVG bar chart, each bar a link) and
// a timeline of its articles and quotes. Each has a title, a text summary and a plain list as fallback.
import { useId, type MouseEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '../../components/Link.tsx';
import type { EntityPage } from '../../../shared/schema.ts';
import { formatCount, formatDate, plural, shorten } from '../../lib/format.ts';
import { coMentionBars, placeOnAxis, timelineItems } from './layout.ts';

const ROW = 44; // every bar is a touch target of at least 44 px
const LABEL_SHARE = 0.46; // the left part of the chart holds the names

/**
 * An SVG link that navigates inside the app (a plain click), leaving modified clicks to the browser. Its name is
 * `label` when given; otherwise its own <title>, which is also its tooltip.
 */
function ChartLink({ path, label, children }: { path: string; label?: string; children: ReactNode }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent) => {
    if (path.startsWith('#')) return; // a place on this page: the browser scrolls there
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  };
  return (
    <a href={path} onClick={onClick} aria-label={label} className="chart-link">
      {children}
    </a>
  );
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

export function CoMentionChart({ entity }: { entity: EntityPage }) {
  const titleId = useId();
  const descId = useId();
  const bars = coMentionBars(entity.coMentions);
  if (bars.length === 0) return null;
  const height = bars.length * ROW;
  const summary = `Most often in the same articles as ${entity.name}: ${bars
    .slice(0, 3)
    .map((bar) => `${bar.name} (${plural(bar.count, 'article')})`)
    .join(', ')}.`;
  return (
    <figure className="chart">
      <svg className="chart-svg" width="100%" height={height} role="group" aria-labelledby={titleId} aria-describedby={descId}>
        <title id={titleId}>{`Who appears most with ${entity.name}`}</title>
        <desc id={descId}>{summary}</desc>
        {bars.map((bar, index) => {
          const y = index * ROW;
          return (
            <ChartLink key={bar.id} path={`/entities/${encodeURIComponent(bar.id)}`} label={`${bar.name}: ${plural(bar.count, 'article')} together`}>
              <rect className="chart-hit" x="0" y={y} width="100%" height={ROW} />
              <text className="chart-label" x="0" y={y + ROW / 2} dominantBaseline="middle">
                {`${shorten(bar.name, 22)} (${bar.count})`}
              </text>
              <rect
                className="chart-bar"
                x={percent(LABEL_SHARE)}
                y={y + 10}
                width={percent(Math.max(0.01, bar.fraction * (1 - LABEL_SHARE)))}
                height={ROW - 20}
                rx="3"
              />
            </ChartLink>
          );
        })}
      </svg>
      <figcaption className="hint">{summary} Bars are sized by the number of shared articles; each opens that page.</figcaption>
    </figure>
  );
}

/** What the timeline leaves out while the lists below are loaded page by page; empty when it shows everything. */
export function notYetLoaded(loaded: { articles: number; quotes: number }, totals: { articles: number; quotes: number }): string {
  const parts = [
    ...(loaded.articles < totals.articles ? [`the newest ${formatCount(loaded.articles)} of ${plural(totals.articles, 'article')}`] : []),
    ...(loaded.quotes < totals.quotes ? [`the newest ${formatCount(loaded.quotes)} of ${plural(totals.quotes, 'quote')}`] : []),
  ];
  return parts.length === 0 ? '' : ` It shows ${parts.join(' and ')}: more join it as the lists below load more.`;
}

/** `totals`: the whole lists' sizes, when the entity's articles and quotes are loaded page by page. */
export function Timeline({ entity, totals }: { entity: EntityPage; totals?: { articles: number; quotes: number } }) {
  const titleId = useId();
  const descId = useId();
  const { items, undatedArticles, undatedQuotes } = timelineItems(entity);
  if (items.length === 0) {
    return <p>No dated articles or quotes to put on a timeline.</p>;
  }
  const placed = placeOnAxis(items);
  const first = items[0]!.date;
  const last = items[items.length - 1]!.date;
  const articleCount = items.filter((item) => item.kind === 'article').length;
  const summary = `${plural(articleCount, 'article')} and ${plural(items.length - articleCount, 'quote')} from ${formatDate(first)}${
    first === last ? '' : ` to ${formatDate(last)}`
  }.${totals ? notYetLoaded({ articles: entity.articles.length, quotes: entity.quotes.length }, totals) : ''}`;
  const rowY = { article: 30, quote: 74 } as const;
  return (
    <figure className="chart">
      <svg className="chart-svg timeline-svg" width="100%" height={130} role="group" aria-labelledby={titleId} aria-describedby={descId}>
        <title id={titleId}>{`Timeline of ${entity.name} in the news`}</title>
        <desc id={descId}>{summary}</desc>
        <text className="chart-row-label" x="0" y={rowY.article - 18}>Articles</text>
        <text className="chart-row-label" x="0" y={rowY.quote - 18}>Quotes</text>
        <line className="chart-axis" x1="0" x2="100%" y1={rowY.article} y2={rowY.article} />
        <line className="chart-axis" x1="0" x2="100%" y1={rowY.quote} y2={rowY.quote} />
        {placed.map((mark) => {
          const single = mark.items.length === 1 ? mark.items[0] : undefined;
          const what = mark.kind === 'article' ? plural(mark.items.length, 'article') : plural(mark.items.length, 'quote');
          const label = single
            ? `${mark.kind === 'article' ? 'Article' : 'Quote'}, ${formatDate(mark.date)}: ${shorten(single.label, 80)}`
            : `${what} on ${formatDate(mark.date)}: show them in the list`;
          // Several on one day: the mark opens the page's own list of them.
          const path = single?.path ?? `#${mark.kind === 'article' ? 'entity-articles' : 'entity-quotes'}`;
          const x = percent(mark.position);
          // The name is the <title>, which starts with the count a mark shows ("3 quotes on…"): the visible text is
          // part of the name (WCAG 2.5.3), and a pointer's tooltip says the same.
          return (
            <ChartLink key={`${mark.kind}-${mark.date}`} path={path}>
              <title>{label}</title>
              {/* A 44 px touch target around a small mark. */}
              <circle className="chart-hit" cx={x} cy={rowY[mark.kind]} r="22" />
              {mark.kind === 'article' ? (
                <circle className="chart-dot chart-dot-article" cx={x} cy={rowY.article} r={single ? 9 : 12} />
              ) : (
                <rect className="chart-dot chart-dot-quote" x={x} y={rowY.quote - (single ? 8 : 11)} width={single ? 16 : 22} height={single ? 16 : 22} transform={`translate(${single ? -8 : -11} 0)`} />
              )}
              {!single && (
                <text className="chart-count" x={x} y={rowY[mark.kind]} textAnchor="middle" dominantBaseline="central">
                  {mark.items.length}
                </text>
              )}
            </ChartLink>
          );
        })}
        <text className="chart-tick" x="0" y="120">{formatDate(first)}</text>
        {first !== last && (
          <text className="chart-tick" x="100%" y="120" textAnchor="end">
            {formatDate(last)}
          </text>
        )}
      </svg>
      <figcaption className="hint">
        {summary} Circles are articles, squares are quotes.
        {undatedArticles + undatedQuotes > 0 &&
          ` Not shown, for want of a date: ${plural(undatedArticles, 'article')}, ${plural(undatedQuotes, 'quote')}.`}
      </figcaption>
      <details className="chart-list">
        <summary>Timeline as a list</summary>
        <ol>
          {items.map((item, index) => (
            <li key={`${item.path}-${index}`}>
              <time dateTime={item.date}>{formatDate(item.date)}</time> · {item.kind === 'article' ? 'Article' : 'Quote'}:{' '}
              <Link to={item.path}>{item.kind === 'quote' ? `“${shorten(item.label, 120)}”` : item.label}</Link>
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}
