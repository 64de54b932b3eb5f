import { describe, expect, it } from 'vitest';
import { textDirective, textFragmentUrl } from './textFragment.ts';

describe('text fragment links', () => {
  it('encodes short selections whole, including dashes, commas and ampersands', () => {
    expect(textDirective('  pier, re-opened & busy ')).toBe('text=pier%2C%20re%2Dopened%20%26%20busy');
  });

  it('uses the first and last words of a long selection', () => {
    const long = 'The harbour board said the pier on Quay Street will reopen in spring after the long repairs are done';
    expect(textDirective(long)).toBe('text=The%20harbour%20board%20said,long%20repairs%20are%20done');
  });

  it('replaces the page hash and keeps the query', () => {
    expect(textFragmentUrl('https://site.test/articles/a?entity=x#quote-1', 'by spring')).toBe(
      'https://site.test/articles/a?entity=x#:~:text=by%20spring',
    );
    expect(textFragmentUrl('https://site.test/a', '   ')).toBeNull();
  });
});
