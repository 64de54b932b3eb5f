import { describe, expect, it } from 'vitest';
import { anchorIds, shortHash, slugify, wordKey } from './ids.ts';

describe('slugify', () => {
  it('folds accents and punctuation into a readable slug', () => {
    expect(slugify('Xi Jinping')).toBe('xi-jinping');
    expect(slugify('Putin’s close ally')).toBe('putins-close-ally');
    expect(slugify('Zoë Ångström-Núñez')).toBe('zoe-angstrom-nunez');
  });
  it('never returns an empty id for names without Latin letters', () => {
    expect(slugify('普京')).toMatch(/^x-[0-9a-f]{8}$/);
    expect(slugify('普京')).not.toBe(slugify('习近平'));
  });
});

describe('anchors', () => {
  it('ignore case, punctuation and spacing, and number repeats', () => {
    expect(wordKey('“No-limits.”')).toBe('no limits');
    const [a, b, c] = anchorIds('quote', ['core interests', 'Core  interests,', 'balanced']);
    expect(a).toMatch(/^quote-[0-9a-f]{6}$/);
    expect(b).toBe(`${a}-2`);
    expect(c).not.toBe(a);
  });
  it('hash deterministically', () => {
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).toHaveLength(8);
  });
});
