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

  it('puts one mark per kind and day, spaced by days between the margins, a single day centred', () => {
    const { items } = timelineItems(entity);
    const marks = placeOnAxis(items, 0.05);
    expect(marks.map((mark) => [mark.kind, mark.date, mark.items.length, mark.position])).toEqual([
      ['article', '2024-03-01', 1, 0.05],
      ['article', '2024-03-11', 1, 0.95],
      ['quote', '2024-03-11', 1, 0.95],
    ]);
    const sameDay = placeOnAxis([items[0]!, { ...items[0]!, label: 'again' }]);
    expect(sameDay.map((mark) => [mark.items.length, mark.position])).toEqual([[2, 0.5]]);
  });

  it('pushes marks of one row apart when their days are too close to tell apart', () => {
    const item = (date: string) => ({ kind: 'article' as const, date, label: date, path: `/articles/${date}` });
    const marks = placeOnAxis([item('2020-01-01'), item('2020-01-02'), item('2024-01-01')], 0, 0.1);
    expect(marks.map((mark) => mark.position)).toEqual([0, 0.1, 1]);
  });
});
