import { describe, expect, it } from 'vitest';
import { phrasesOf, withTypedFilters } from './query.ts';
import { emptyRequest, requestFromParams, withRequest } from './request.ts';

describe('the search in the URL', () => {
  it('round-trips words and filters, keeps other parameters, and drops a malformed date', () => {
    const request = { ...emptyRequest, q: 'ferry fares', section: 'Harbour', speaker: 'Ada Quill', from: '2024-01-01' };
    const params = withRequest(new URLSearchParams('keep=1&to=x'), request);
    expect(params.get('keep')).toBe('1');
    expect(params.has('to')).toBe(false);
    expect(requestFromParams(params)).toEqual(request);
    expect(requestFromParams(new URLSearchParams('q=a&from=yesterday')).from).toBe('');
  });

  it('reads speaker:, mentions: and section: typed among the words', () => {
    expect(withTypedFilters({ ...emptyRequest, q: 'speaker:quill breakwater' })).toMatchObject({ q: '  breakwater', speaker: 'quill' });
    expect(withTypedFilters({ ...emptyRequest, q: 'winter speaker:"Tom Reyes" section:Town' })).toMatchObject({ speaker: 'Tom Reyes', section: 'Town' });
    // the word before a trailing filter is finished, not a prefix being typed
    expect(withTypedFilters({ ...emptyRequest, q: 'wint speaker:reyes' }).q).toMatch(/wint\s+$/);
    expect(withTypedFilters({ ...emptyRequest, q: 'no filters here' }).q).toBe('no filters here');
  });
});

describe('phrases in quotes', () => {
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const fold = (word: string) => word.toLowerCase();
  it('finds straight and curly quoted phrases, the last one open while typed', () => {
    expect(phrasesOf('ferry "Low Tide" fares “north quay', words, fold)).toEqual([
      { words: ['low', 'tide'], lastIsPrefix: false },
      { words: ['north', 'quay'], lastIsPrefix: true },
    ]);
    // one word in quotes is that word; an open quote followed by a space is finished
    expect(phrasesOf('"ferry" fares', words, fold)).toEqual([]);
    expect(phrasesOf('"north quay ', words, fold)).toEqual([{ words: ['north', 'quay'], lastIsPrefix: false }]);
  });
});
