import { describe, expect, it } from 'vitest';
import { assignSlugs, emptySlugMap, nextSlugMap } from './slugs.ts';

describe('slugs that survive re-ingests', () => {
  it('suffixes collisions in order on a first run', () => {
    expect(assignSlugs([{ id: 'a', base: 'fair' }, { id: 'b', base: 'fair' }, { id: 'c', base: 'storm' }], emptySlugMap())).toEqual(['fair', 'fair-2', 'storm']);
  });
  it('keeps an article’s slug when a new article with the same headline comes first', () => {
    const previous = { articles: { a: 'fair', b: 'fair-2' }, aliases: {} };
    expect(assignSlugs([{ id: 'new', base: 'fair' }, { id: 'b', base: 'fair' }, { id: 'a', base: 'fair' }], previous)).toEqual(['fair-3', 'fair-2', 'fair']);
  });
  it('gives an edited headline a new slug and keeps the old one as an alias, across several edits', () => {
    const first = nextSlugMap([{ id: 'a', slug: 'ferry-late' }], emptySlugMap());
    const [renamed] = assignSlugs([{ id: 'a', base: 'ferry-very-late' }], first);
    expect(renamed).toBe('ferry-very-late');
    const second = nextSlugMap([{ id: 'a', slug: renamed! }], first);
    expect(second.aliases).toEqual({ 'ferry-late': 'a' });
    const third = nextSlugMap([{ id: 'a', slug: 'ferry-cancelled' }], second);
    expect(third.aliases).toEqual({ 'ferry-late': 'a', 'ferry-very-late': 'a' });
  });
  it('drops aliases of removed articles and aliases that became a current slug', () => {
    const previous = { articles: { a: 'x', b: 'y' }, aliases: { old: 'b', z: 'a' } };
    expect(nextSlugMap([{ id: 'a', slug: 'x' }, { id: 'c', slug: 'z' }], previous).aliases).toEqual({});
  });
});
