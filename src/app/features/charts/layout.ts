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

export interface PlacedItem extends TimelineItem {
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
 * Places items along the axis by date, between a small margin at each end; a single day is centred.
 * Items on the same day and row are nudged apart so each stays clickable.
 */
export function placeOnAxis(items: readonly TimelineItem[], margin = 0.04, nudge = 0.025): PlacedItem[] {
  if (items.length === 0) return [];
  const days = items.map((item) => dayNumber(item.date));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const base = span === 0 ? 0.5 : margin + ((1 - 2 * margin) * ((days[index] as number) - first)) / span;
    const key = `${item.kind}:${item.date}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return { ...item, position: Math.round(Math.min(1, base + repeat * nudge) * 10_000) / 10_000 };
  });
}
