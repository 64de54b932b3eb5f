import { describe, expect, it } from 'vitest';
import { currentSlugFor, movedArticlePath } from './slugs.ts';
import { SlugMap, type SlugMap as SlugMapData } from '../../shared/schema.ts';
import { checkPageNumber } from './fetchJson.ts';

const map: SlugMapData = {
  articles: { a1: 'harbour-wall-repaired', a2: 'ferry-fares-frozen' },
  aliases: { 'harbour-wall-cracks': 'a1', 'ferry-fares-rise': 'a2', 'gone-article': 'a9' },
};

describe('currentSlugFor', () => {
  it('finds the current slug of an old one', () => {
    expect(currentSlugFor(map, 'harbour-wall-cracks')).toBe('harbour-wall-repaired');
    expect(currentSlugFor(map, 'ferry-fares-rise')).toBe('ferry-fares-frozen');
  });

  it('is null for unknown slugs, current slugs and aliases of removed articles', () => {
    expect(currentSlugFor(map, 'no-such-slug')).toBeNull();
    expect(currentSlugFor(map, 'harbour-wall-repaired')).toBeNull();
    expect(currentSlugFor(map, 'gone-article')).toBeNull();
  });

  it('never follows Object.prototype members', () => {
    for (const slug of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(currentSlugFor(map, slug)).toBeNull();
    const tricky = SlugMap.parse(JSON.parse('{"articles":{"x":"real"},"aliases":{"__proto__":"x"}}'));
    expect(currentSlugFor(tricky, 'constructor')).toBeNull();
  });

  it('does not loop when an alias points at itself', () => {
    expect(currentSlugFor({ articles: { a: 'same' }, aliases: { same: 'a' } }, 'same')).toBeNull();
  });
});

describe('movedArticlePath', () => {
  it('keeps the selected entity and the quote', () => {
    expect(movedArticlePath('harbour-wall-repaired', '?entity=ada-lind', '#quote-3fa2c1')).toBe(
      '/articles/harbour-wall-repaired?entity=ada-lind#quote-3fa2c1',
    );
  });

  it('encodes the slug so it stays one path segment', () => {
    expect(movedArticlePath('a/../b', '', '')).toBe('/articles/a%2F..%2Fb');
  });
});

describe('checkPageNumber', () => {
  it('passes the page it was asked for and rejects another', () => {
    expect(checkPageNumber({ page: 3, items: [] }, 3, 'index').page).toBe(3);
    expect(() => checkPageNumber({ page: 2 }, 3, 'index')).toThrow('index/3.json: holds page 2 instead');
  });
});
