import { describe, expect, it } from 'vitest';
import { cacheableUrls } from './register.ts';

describe('cacheableUrls', () => {
  it('keeps same-origin assets, data files and pages fetched for their data once, as paths', () => {
    expect(
      cacheableUrls(
        [
          'http://site.test/assets/index-abc.js',
          'http://site.test/data/articles/a.json',
          'http://site.test/data/articles/a.json',
          'http://other.test/assets/x.js',
          'http://site.test/sw.js',
          'http://site.test/articles/b',
          'http://site.test/entities/c%20d',
          'http://site.test/articles/b/quote-1',
          'not a url at all ::',
        ],
        'http://site.test',
      ),
    ).toEqual(['/assets/index-abc.js', '/data/articles/a.json', '/articles/b', '/entities/c%20d']);
  });
});
