import { describe, expect, it } from 'vitest';
import { makeCandidate, type Candidate } from './candidate.ts';
import { canonicalPersonNames, definedAcronyms, indexPersons, link, nearestPerson, organizationsByLastWord } from './link.ts';
import { tokenize } from '../tokens.ts';

/** A candidate for the words of `name` at its n-th occurrence in `text`. */
function cand(text: string, name: string, extra: Partial<Candidate>, occurrence = 0): Candidate {
  const tokens = tokenize(text);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(name, at + 1);
  const first = tokens.findIndex((t) => t.start === at);
  return makeCandidate(text, tokens, first, first + tokenize(name).length, extra);
}

describe('link steps', () => {
  const text = 'Mara Quell met Mara J. Quell. Later Quell spoke to Dov Quell. Quell left.';
  const full1 = cand(text, 'Mara Quell', { type: 'person' });
  const full2 = cand(text, 'Mara J. Quell', { type: 'person' });
  const dov = cand(text, 'Dov Quell', { type: 'person' });

  it('indexes full person names by first and last word, in text order', () => {
    const index = indexPersons([dov, full1, cand(text, 'Quell', { type: 'person' }, 2)]);
    expect(index.persons).toHaveLength(2);
    expect(index.byLastWord.get('quell')!.map((c) => c.text)).toEqual(['Mara Quell', 'Dov Quell']);
  });

  it('maps a shorter form to the longest form with the same first and last word', () => {
    const names = canonicalPersonNames([full1, full2, dov]);
    expect(names.get(full1)).toBe('Mara J. Quell');
    expect(names.get(dov)).toBe('Dov Quell');
  });

  it('resolves a surname to the nearest full name before it, so two people sharing it stay apart', () => {
    const options = [full1, dov];
    expect(nearestPerson(options, text.indexOf('Quell spoke')).text).toBe('Mara Quell');
    expect(nearestPerson(options, text.indexOf('Quell left')).text).toBe('Dov Quell');
    const entities = link([full1, cand(text, 'Quell', { type: 'person', tentative: true }, 2), dov, cand(text, 'Quell', { type: 'person', tentative: true }, 4)], text);
    const byName = Object.fromEntries(entities.map((e) => [e.name, e.mentions.map((m) => text.slice(m.start, m.end))]));
    expect(byName).toEqual({ 'Mara Quell': ['Mara Quell', 'Quell'], 'Dov Quell': ['Dov Quell', 'Quell'] });
  });

  it('finds acronyms the text defines, and organisations by a last word only one of them has', () => {
    const t = 'The Tolland Harbour Board (THB) and the Tolland Herald met. The Board said so.';
    const board = cand(t, 'Tolland Harbour Board', { type: 'organization' });
    const herald = cand(t, 'Tolland Herald', { type: 'organization' });
    expect(definedAcronyms([board, herald], t).get('THB')).toBe(board);
    expect(organizationsByLastWord([board, herald]).get('herald')).toBe(herald);
    const entities = link([board, cand(t, 'THB', { type: 'organization', tentative: true }), herald, cand(t, 'Board', { type: 'other', tentative: true }, 1)], t);
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Tolland Harbour Board', 3],
      ['Tolland Herald', 1],
    ]);
  });

  it('drops an unknown lone word that names nothing in the document', () => {
    const t = 'Quillonby was quiet.';
    expect(link([cand(t, 'Quillonby', { type: 'other', tentative: true })], t)).toEqual([]);
  });
});
