import { describe, expect, it } from 'vitest';
import { extraPageNumbers, joinPages, shownLabel } from './pages.ts';

const paging = { total: 250, pageSize: 100, pageCount: 3 };

describe('extraPageNumbers', () => {
  it('loads nothing past the first page until asked, then pages 2… in order', () => {
    expect(extraPageNumbers(1, paging)).toEqual([]);
    expect(extraPageNumbers(2, paging)).toEqual([2]);
    expect(extraPageNumbers(3, paging)).toEqual([2, 3]);
  });

  it('never asks for a page past the last, nor for any page of an unpaged list', () => {
    expect(extraPageNumbers(9, paging)).toEqual([2, 3]);
    expect(extraPageNumbers(0, paging)).toEqual([]);
    expect(extraPageNumbers(5, undefined)).toEqual([]);
  });
});

describe('joinPages', () => {
  it('appends loaded pages in order', () => {
    expect(joinPages(['a', 'b'], [['c'], ['d', 'e']])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('stops at the first page not loaded yet, so a later page never jumps ahead', () => {
    expect(joinPages(['a'], [undefined, ['d']])).toEqual(['a']);
    expect(joinPages(['a'], [['b'], undefined, ['d']])).toEqual(['a', 'b']);
  });
});

describe('shownLabel', () => {
  it('says how much of the list is shown', () => {
    expect(shownLabel(100, 3000, 'articles')).toBe('Showing 100 of 3,000 articles');
    expect(shownLabel(3000, 3000, 'articles')).toBe('All 3,000 articles');
  });
});
