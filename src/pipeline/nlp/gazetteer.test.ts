import { describe, expect, it } from 'vitest';
import { demonymsOf, gazetteer, type CountryRecord } from './gazetteer.ts';
import { annotate } from './annotate.ts';
import { paragraphBlocks } from './paragraphs.ts';

const record = (common: string, demonym: string, independent: boolean, area: number): CountryRecord => ({
  name: { common, official: common },
  demonyms: { eng: { m: demonym, f: demonym } },
  independent,
  area,
});

describe('demonyms', () => {
  it('gives a shared demonym to the independent country, then the larger, whatever the order of the records', () => {
    const map = demonymsOf([record('Quill Ocean Territory', 'Quillan', false, 60), record('Quillia', 'Quillan', true, 3000), record('Small Quillia', 'Quillan', true, 10)]);
    expect(map.get('quillan')).toBe('Quillia');
    expect(map.get('quillans')).toBe('Quillia');
    expect(map.has('quill')).toBe(false);
  });

  it('maps the demonyms news uses to their countries, never to a territory', () => {
    const g = gazetteer();
    expect(g.demonyms.get('indian')).toBe('India');
    expect(g.demonyms.get('norwegian')).toBe('Norway');
    expect(g.demonyms.get('french')).toBe('France');
    expect(g.demonyms.get('british')).toBe('United Kingdom');
  });

  it('makes "Indian" a mention of India in a text', () => {
    const text = 'The Indian economy grew quickly last year.';
    const found = annotate({ text, blocks: paragraphBlocks(text) }).entities;
    expect(found.map((e) => [e.name, e.type, e.mentions.map((m) => [text.slice(m.start, m.end), m.kind])])).toEqual([['India', 'place', [['Indian', 'demonym']]]]);
  });
});
