import { describe, expect, it } from 'vitest';
import { quoteIdFromHash, toggledEntity, turnIdFromHash } from './readerState.ts';
import { placeName } from './QuotesList.tsx';
import { sidebarOrder } from './EntitySidebar.tsx';
import { inventedArticle } from '../fixtures/invented.ts';

describe('reader state', () => {
  it('toggles the selected entity', () => {
    expect(toggledEntity(null, 'a')).toBe('a');
    expect(toggledEntity('b', 'a')).toBe('a');
    expect(toggledEntity('a', 'a')).toBeNull();
  });

  it('reads a quote id from the hash and ignores other anchors', () => {
    expect(quoteIdFromHash('#quote-3fa2c1')).toBe('quote-3fa2c1');
    expect(quoteIdFromHash('#quote-3fa2c1-2')).toBe('quote-3fa2c1-2');
    expect(quoteIdFromHash('#related')).toBeNull();
    expect(quoteIdFromHash('')).toBeNull();
    expect(quoteIdFromHash('#quote-%E0%A4%A')).toBeNull();
  });

  it('reads a turn id from the hash, and keeps turns and quotes apart', () => {
    expect(turnIdFromHash('#turn-3fa2c1')).toBe('turn-3fa2c1');
    expect(turnIdFromHash('#quote-3fa2c1')).toBeNull();
    expect(quoteIdFromHash('#turn-3fa2c1')).toBeNull();
  });
});

describe('places and order', () => {
  it('names where a location is, counting blocks of the same kind', () => {
    expect(placeName(inventedArticle, -1)).toBe('the headline');
    expect(placeName(inventedArticle, 0)).toBe('paragraph 1');
    expect(placeName(inventedArticle, 1)).toBe('subheading 1');
    expect(placeName(inventedArticle, 3)).toBe('paragraph 3');
    expect(placeName(inventedArticle, 99)).toBe('the text');
  });

  it('lists main subjects first, then by mention count', () => {
    expect(sidebarOrder(inventedArticle.entities).map((entity) => entity.id)).toEqual([
      'ada-quill',
      'millbrook-ferry',
      'millbrook-town-council',
      'tom-reyes',
    ]);
  });
});
