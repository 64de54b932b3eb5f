import { describe, expect, it } from 'vitest';
import { dateLabel, formatDate, groupByType, newestFirst, plural, shorten } from './format.ts';

describe('format', () => {
  it('formats ISO dates without depending on time zone', () => {
    expect(formatDate('2022-09-19')).toBe('19 September 2022');
    expect(formatDate('2022-13-01')).toBe('2022-13-01');
  });
  it('falls back to the text’s own date words, then to nothing', () => {
    expect(dateLabel('2022-10-01', 'Saturday')).toBe('1 October 2022');
    expect(dateLabel(null, 'Monday, September 19')).toBe('Monday, September 19');
    expect(dateLabel(null, null)).toBeNull();
  });
  it('pluralises', () => {
    expect(plural(1, 'quote')).toBe('1 quote');
    expect(plural(3, 'quote')).toBe('3 quotes');
    expect(plural(2, 'entity', 'entities')).toBe('2 entities');
  });
  it('groups by type, people first, skipping empty groups', () => {
    const groups = groupByType([
      { type: 'place' as const, n: 1 },
      { type: 'person' as const, n: 2 },
      { type: 'place' as const, n: 3 },
    ]);
    expect(groups.map(([type, items]) => [type, items.map((item) => item.n)])).toEqual([
      ['person', [2]],
      ['place', [1, 3]],
    ]);
  });
  it('shortens long text at a word boundary', () => {
    expect(shorten('short')).toBe('short');
    const long = 'word '.repeat(40).trim();
    const short = shorten(long, 22);
    expect(short).toBe('word word word word…');
  });
});

describe('newestFirst', () => {
  it('orders dated items newest first and keeps undated ones last in their order', () => {
    const items = [
      { id: 'u1', date: null },
      { id: 'old', date: '2022-09-01' },
      { id: 'u2', date: null },
      { id: 'new', date: '2022-10-05' },
    ];
    expect(newestFirst(items).map((item) => item.id)).toEqual(['new', 'old', 'u1', 'u2']);
  });
});
