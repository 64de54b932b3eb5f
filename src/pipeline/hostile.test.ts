// Real-world text is not bad input: odd encodings, line ends, scripts and sizes all ingest, in bounded time,
// with offsets that point at the right characters.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../shared/schema.ts';
import { ingest, type IngestResult } from './ingest.ts';

let result: IngestResult;
let folder: string;
const byId = (id: string): Article => {
  const slug = result.ingested.find((e) => e.id === id)?.slug;
  const article = result.articles.find((a) => a.slug === slug);
  if (!article) throw new Error(`${id} not ingested: ${JSON.stringify(result.rejected)}`);
  return article;
};
const textAt = (a: Article, l: { block: number; start: number; end: number }) => (l.block < 0 ? a.title : a.blocks[l.block]!.text).slice(l.start, l.end);

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
  const files: Record<string, string | Uint8Array> = {
    'crlf.txt': 'Harbour reopens | Sample\r\n\r\n“The harbour is open,” said Idris Fenwick.\r\n\r\nBoats came back.\r\n',
    'cp1252.txt': new Uint8Array([...Buffer.from('Prices rise\n\nA pint now costs '), 0xa3, ...Buffer.from('5, said Ann Lee.\n')]),
    'emoji.txt': 'Fans cheer 🎉 | Sample\n\n🎉🎉 “We won 😀 again,” said Owen Tregarth 🏆 after the match.\n',
    'rtl.txt': 'Visitors from afar | Sample\n\nThe sign read مرحبا بكم and שלום. “Welcome,” said Judith Hardacre.\n',
    'unclosed.txt': 'A quote that never ends | Sample\n\n“This quotation opens and never closes, said nobody in particular.\n\nThe next paragraph is plain.\n',
    'many-quotes.txt': `Quotes galore | Sample\n\n${Array.from({ length: 3000 }, (_, i) => `“Line ${i},” said Ann Lee.`).join(' ')}\n`,
    // one sentence of a million characters: a one-line body is cut into paragraphs at sentence ends, and this has none
    'huge-paragraph.txt': `One long paragraph | Sample\n\n${'Ann Lee said “yes” and left the quay, '.repeat(27_000)}then went home.\n`,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  result = await ingest({ input: folder, out: null, today: '2026-11-26', window: null, relatedCount: 2, workers: 1 });
}, 240_000);

describe('real-world text ingests', () => {
  it('takes every file', () => {
    expect(result.rejected).toEqual([]);
    expect(result.ingested).toHaveLength(7);
  });
  it('handles CRLF line ends', () => {
    const a = byId('crlf');
    expect(a.blocks.map((b) => b.text)).toEqual(['“The harbour is open,” said Idris Fenwick.', 'Boats came back.']);
  });
  it('reads a lone Windows-1252 byte as £', () => {
    expect(byId('cp1252').blocks[0]!.text).toBe('A pint now costs £5, said Ann Lee.');
  });
  it('keeps offsets right around characters outside the Basic Multilingual Plane', () => {
    const a = byId('emoji');
    const quote = a.quotes[0]!;
    expect(textAt(a, quote.fragments[0]!)).toMatch(/^We won 😀 again,?$/);
    const owen = a.entities.find((e) => e.name === 'Owen Tregarth')!;
    expect(textAt(a, owen.mentions[0]!)).toBe('Owen Tregarth');
  });
  it('keeps right-to-left text and still attributes the quote', () => {
    const a = byId('rtl');
    expect(a.blocks[0]!.text).toContain('مرحبا بكم');
    expect(a.quotes[0]!.speaker?.name).toBe('Judith Hardacre');
  });
  it('survives an opening quotation mark that never closes', () => {
    const a = byId('unclosed');
    expect(a.blocks).toHaveLength(2);
    for (const q of a.quotes) for (const f of q.fragments) expect(f.end).toBeLessThanOrEqual(a.blocks[f.block]!.text.length);
  });
  it('finds thousands of quotes in one article', () => {
    const fragments = byId('many-quotes').quotes.flatMap((q) => q.fragments);
    expect(fragments).toHaveLength(3000);
  });
  it('ingests a paragraph of a million characters', () => {
    const a = byId('huge-paragraph');
    expect(a.blocks[0]!.text.length).toBeGreaterThan(1_000_000);
    expect(a.entities.some((e) => e.name === 'Ann Lee')).toBe(true);
  });
});
