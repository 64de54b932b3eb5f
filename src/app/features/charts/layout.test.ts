import { describe, expect, it } from 'vitest';
import type { EntityPage } from '../../../shared/schema.ts';
import { coMentionBars, placeOnAxis, timelineItems } from './layout.ts';

const entity: EntityPage = {
  id: 'ada-quill',
  name: 'Ada Quill',
  type: 'person',
  roles: [],
  articles: [
    { slug: 'b', title: 'Later', section: null, date: '2024-03-11', fiction: true, mentionCount: 2 },
    { slug: 'a', title: 'Earlier', section: null, date: '2024-03-01', fiction: true, mentionCount: 1 },
    { slug: 'c', title: 'Undated', section: null, date: null, fiction: true, mentionCount: 1 },
  ],
  quotes: [{ articleSlug: 'b', articleTitle: 'Later', date: '2024-03-11', fiction: true, quoteId: 'quote-1', text: 'Soon' }],
  coMentions: [
    { id: 'x', name: 'Xavier', type: 'person', count: 1 },
    { id: 'h', name: 'Harbour Board', type: 'organization', count: 4 },
    { id: 'b', name: 'Bea', type: 'person', count: 2 },
  ],
};

describe('entity charts layout', () => {
  it('sizes co-mention bars by count, largest first, and keeps the top ones', () => {
    expect(coMentionBars(entity.coMentions).map((bar) => [bar.id, bar.fraction])).toEqual([
      ['h', 1],
      ['b', 0.5],
      ['x', 0.25],
    ]);
    expect(coMentionBars(entity.coMentions, 2)).toHaveLength(2);
    expect(coMentionBars([])).toEqual([]);
  });

  it('orders dated articles and quotes by date, counting the undated', () => {
    const { items, undatedArticles, undatedQuotes } = timelineItems(entity);
    expect(items.map((item) => `${item.kind}:${item.date}`)).toEqual(['article:2024-03-01', 'article:2024-03-11', 'quote:2024-03-11']);
    expect(items[2]?.path).toBe('/articles/b#quote-1');
    expect([undatedArticles, undatedQuotes]).toEqual([1, 0]);
  });

  it('spaces items by days between the margins, centres a single day and nudges same-day repeats', () => {
    const { items } = timelineItems(entity);
    const placed = placeOnAxis(items, 0.05);
    expect(placed.map((item) => item.position)).toEqual([0.05, 0.95, 0.95]);
    const sameDay = placeOnAxis([items[0]!, { ...items[0]!, label: 'again' }], 0.05, 0.02);
    expect(sameDay.map((item) => item.position)).toEqual([0.5, 0.52]);
  });
});
