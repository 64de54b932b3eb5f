import { describe, expect, it } from 'vitest';
import { currentQuoteIndex } from './useReaderShortcuts.ts';

describe('currentQuoteIndex', () => {
  const ids = ['quote-a', 'quote-b', 'quote-c'];
  it('prefers the focused quote, then the hash, else nowhere', () => {
    expect(currentQuoteIndex(ids, 'quote-a', 'quote-c')).toBe(2);
    expect(currentQuoteIndex(ids, 'quote-b', null)).toBe(1);
    expect(currentQuoteIndex(ids, null, null)).toBe(-1);
    expect(currentQuoteIndex(ids, 'quote-gone', 'quote-unknown')).toBe(-1);
  });
});
