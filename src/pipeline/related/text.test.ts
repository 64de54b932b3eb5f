import { describe, expect, it } from 'vitest';
import { capitalisedNames, contentTokens, nameKey } from './text.ts';

describe('contentTokens', () => {
  it('drops stop words and possessives, stems, keeps decimals and years', () => {
    const keys = contentTokens("The inspector's reports didn't mention the 4.6 tremor of 2019.").map((t) => t.key);
    expect(keys).toEqual(['inspector', 'report', 'mention', '4.6', 'tremor', '2019']);
  });

  it('keeps the written form for display', () => {
    expect(contentTokens('Flooding hit Marsby').map((t) => t.surface)).toEqual(['Flooding', 'hit', 'Marsby']);
  });
});

describe('capitalisedNames', () => {
  it('finds multi-word names, joins "of", drops leading function words', () => {
    const names = capitalisedNames('The Bank of Tollby said that Ada Pellow met officials in Marsby, Wenlow County.');
    expect(names).toEqual(['Bank of Tollby', 'Ada Pellow', 'Marsby', 'Wenlow County']);
  });

  it('skips a lone capitalised word that only opens a sentence', () => {
    expect(capitalisedNames('Police arrived. Officers left.')).toEqual([]);
  });

  it('does not run a name across an opening quotation mark', () => {
    expect(capitalisedNames('wrote Ada Pellow "Marsby Rising" today')).toEqual(['Ada Pellow', 'Marsby Rising']);
  });
});

describe('nameKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(nameKey('Inés  Várga-Lund')).toBe('ines varga lund');
  });
});
