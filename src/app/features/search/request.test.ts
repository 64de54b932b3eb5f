import { describe, expect, it } from 'vitest';
import { emptyRequest, requestFromParams, withRequest, withTypedFilters } from './request.ts';

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
