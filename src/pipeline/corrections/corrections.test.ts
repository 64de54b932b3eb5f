import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/schema.ts';
import { ingest } from '../ingest.ts';
import { applyCorrections, parseCorrections } from './corrections.ts';

function article(): Article {
  const text = '“The quay is safe,” said Ann Lee. Lee met Bo Chan. “Rubbish,” Chan said.';
  const at = (word: string) => ({ block: 0, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  return {
    id: 'quay', slug: 'quay', title: 'Quay', section: null, date: null, dateText: null, fiction: true, readingMinutes: 1,
    blocks: [{ id: 'p-1', kind: 'paragraph', text }],
    quotes: [
      { id: 'quote-aaaaaa', text: 'The quay is safe,', fragments: [at('The quay is safe,')], speaker: { entity: 'bo-chan', name: 'Bo Chan' }, confidence: 0.6 },
      { id: 'quote-bbbbbb', text: 'Rubbish,', fragments: [at('Rubbish,')], speaker: { entity: 'bo-chan', name: 'Bo Chan' }, confidence: 0.9 },
    ],
    entities: [
      { id: 'ann-lee', name: 'Ann Lee', type: 'person', role: null, about: true, mentions: [at('Ann Lee')] },
      { id: 'lee', name: 'Lee', type: 'person', role: null, about: false, mentions: [at('Lee met')].map((m) => ({ ...m, end: m.start + 3 })) },
      { id: 'bo-chan', name: 'Bo Chan', type: 'person', role: null, about: false, mentions: [at('Bo Chan'), { ...at('Chan said'), end: at('Chan said').start + 4 }] },
    ],
    related: [],
  };
}

describe('corrections', () => {
  it('fixes a speaker by opening words, marking it corrected and certain', () => {
    const articles = [article()];
    const warnings = applyCorrections(articles, [{ type: 'speaker', article: 'quay', quote: 'the quay is', speaker: 'ann-lee' }], 'c.json');
    expect(warnings).toEqual([]);
    expect(articles[0]!.quotes[0]!.speaker).toEqual({ entity: 'ann-lee', name: 'Ann Lee' });
    expect(articles[0]!.quotes[0]).toMatchObject({ confidence: 1, corrected: true });
  });
  it('drops a false quote, renames, merges and splits entities', () => {
    const articles = [article()];
    applyCorrections(articles, [
      { type: 'dropQuote', article: 'quay', quote: 'quote-bbbbbb' },
      { type: 'merge', entities: ['lee'], into: 'ann-lee' },
      { type: 'rename', entity: 'ann-lee', name: 'Ann Lee-Morgan' },
      { type: 'split', article: 'quay', entity: 'bo-chan', mention: 'Chan', into: { name: 'Chan Ferries', type: 'organization' } },
    ], 'c.json');
    const [a] = articles;
    expect(a!.quotes.map((q) => q.id)).toEqual(['quote-aaaaaa']);
    const ann = a!.entities.find((e) => e.id === 'ann-lee')!;
    expect(ann.name).toBe('Ann Lee-Morgan');
    expect(ann.mentions).toHaveLength(2);
    expect(a!.entities.some((e) => e.id === 'lee')).toBe(false);
    expect(a!.entities.find((e) => e.id === 'chan-ferries')).toMatchObject({ type: 'organization', mentions: [expect.objectContaining({ end: expect.any(Number) })] });
    expect(a!.entities.find((e) => e.id === 'bo-chan')!.mentions).toHaveLength(1);
  });
  it('reports a correction that no longer matches anything', () => {
    const warnings = applyCorrections([article()], [{ type: 'speaker', article: 'quay', quote: 'words nobody said', speaker: 'ann-lee' }], 'content/corrections.json');
    expect(warnings).toEqual(['content/corrections.json: correction 1 (speaker of “words nobody said” in quay) no longer matches anything']);
  });
  it('rejects a malformed file with the place of the problem', () => {
    expect(() => parseCorrections('{"corrections":[{"type":"rename","entity":"x"}]}', 'c.json')).toThrow(/^c\.json: invalid data at corrections\.0/);
    expect(() => parseCorrections('{oops', 'c.json')).toThrow('c.json: not valid JSON');
  });
  it('is applied by ingest from corrections.json beside the content', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-corr-'));
    writeFileSync(join(folder, 'quay.txt'), 'Quay safe | Sample\n\n“The quay is safe,” said Ann Lee. Bo Chan disagreed.\n');
    writeFileSync(join(folder, 'corrections.json'), JSON.stringify({ corrections: [
      { type: 'speaker', article: 'quay', quote: 'The quay is safe', speaker: null },
      { type: 'rename', entity: 'no-such-entity', name: 'X' },
    ] }));
    const result = await ingest({ input: folder, out: null, today: '2026-11-26', window: null, relatedCount: 0, workers: 1 });
    expect(result.articles[0]!.quotes[0]).toMatchObject({ speaker: null, corrected: true });
    expect(result.warnings).toEqual([`${join(folder, 'corrections.json')}: correction 2 (rename no-such-entity) no longer matches anything`]);
  });
});
