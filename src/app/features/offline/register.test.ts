import { describe, expect, it } from 'vitest';
import { cacheableUrls } from './register.ts';

describe('cacheableUrls', () => {
  it('keeps same-origin assets and data files once, as paths', () => {
    expect(
      cacheableUrls(
        [
          'http://site.test/assets/index-abc.js',
          'http://site.test/data/articles/a.json',
          'http://site.test/data/articles/a.json',
          'http://other.test/assets/x.js',
          'http://site.test/sw.js',
          'not a url at all ::',
        ],
        'http://site.test',
      ),
    ).toEqual(['/assets/index-abc.js', '/data/articles/a.json']);
  });
});
