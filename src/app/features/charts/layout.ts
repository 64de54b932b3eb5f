// Pure geometry for the entity page charts: fractions of the chart width, so the SVG can size itself
// with percentages and keep its text at a readable size on any screen.
import type { EntityPage } from '../../../shared/schema.ts';

export interface Bar {
  id: string;
  name: string;
  count: number;
  /** 0..1 of the widest bar. */
  fraction: number;
}

/** The `limit` most frequent co-mentioned entities, each bar sized by count relative to the largest. */
export function coMentionBars(coMentions: EntityPage['coMentions'], limit = 10): Bar[] {
  const top = [...coMentions].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, limit);
  const max = Math.max(1, ...top.map((other) => other.count));
  return top.map((other) => ({ id: other.id, name: other.name, count: other.count, fraction: other.count / max }));
}

export interface TimelineItem {
  kind: 'article' | 'quote';
  date: string;
  label: string;
  /** Site path the item links to. */
  path: string;
}

/** One mark on the timeline: the items of one kind on one day. */
export interface TimelineMark {
  kind: TimelineItem['kind'];
  date: string;
  items: TimelineItem[];
  /** 0..1 along the time axis. */
  position: number;
}

/** Days since 1970 for an ISO date, for even spacing in time. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** The entity's dated articles and quotes, oldest first, and how many of each had no date. */
export function timelineItems(entity: EntityPage): { items: TimelineItem[]; undatedArticles: number; undatedQuotes: number } {
  const articles: TimelineItem[] = entity.articles.flatMap((article) =>
    article.date ? [{ kind: 'article', date: article.date, label: article.title, path: `/articles/${encodeURIComponent(article.slug)}` }] : [],
  );
  const quotes: TimelineItem[] = entity.quotes.flatMap((quote) =>
    quote.date
      ? [{ kind: 'quote', date: quote.date, label: quote.text, path: `/articles/${encodeURIComponent(quote.articleSlug)}#${quote.quoteId}` }]
      : [],
  );
  const items = [...articles, ...quotes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === b.kind ? 0 : a.kind === 'article' ? -1 : 1));
  return {
    items,
    undatedArticles: entity.articles.length - articles.length,
    undatedQuotes: entity.quotes.length - quotes.length,
  };
}

/**
 * One mark per kind and day, placed along the axis by date between a margin at each end (a single day is
 * centred); marks of a row closer than `minGap` are pushed apart so each stays a separate target.
 */
export function placeOnAxis(items: readonly TimelineItem[], margin = 0.04, minGap = 0.06): TimelineMark[] {
  if (items.length === 0) return [];
  const groups = new Map<string, TimelineMark>();
  for (const item of items) {
    const key = `${item.kind}:${item.date}`;
    const group = groups.get(key) ?? { kind: item.kind, date: item.date, items: [], position: 0 };
    group.items.push(item);
    groups.set(key, group);
  }
  const days = items.map((item) => dayNumber(item.date));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const marks = [...groups.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lastInRow = new Map<string, number>();
  for (const mark of marks) {
    const base = span === 0 ? 0.5 : margin + ((1 - 2 * margin) * (dayNumber(mark.date) - first)) / span;
    const previous = lastInRow.get(mark.kind);
    const position = previous === undefined ? base : Math.max(base, previous + minGap);
    mark.position = Math.round(Math.min(1, position) * 10_000) / 10_000;
    lastInRow.set(mark.kind, mark.position);
  }
  return marks;
}
