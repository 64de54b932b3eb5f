// Property-based tests of the pipeline: for any text, nothing throws, every offset lies inside its text, quotes never
// overlap, every mention points at its entity, and the result is valid against the shared schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Article, parseOrThrow } from '../shared/schema.ts';
import { annotateArticle } from './article/annotateArticle.ts';
import { cleanArticle } from './clean/cleanArticle.ts';
import { annotate } from './nlp/annotate.ts';
import { paragraphBlocks } from './nlp/paragraphs.ts';

/** Text made of news-like pieces, so the generator reaches quotes, cues and names, plus arbitrary strings. */
const newsPiece = fc.constantFrom(
  '“', '”', '"', '‘', '’', "'", ' said ', ' told reporters ', ', she said. ', 'He added: ', ' according to ',
  'Mayor Ann Lee', 'Ann', 'Lee', 'the council', 'Harwick Bay Council', 'Chinese', 'China', 'Xi', 'President ',
  '\n', '\n\n', '. ', ', ', ' ', 'and', 'We will win', '😀', 'مرحبا', 'שלום', '\u00a0', '\r\n', '—', '(', ')', 'U.S.',
);
const newsText = fc.oneof(
  fc.array(newsPiece, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

function checkAnnotation(text: string): void {
  const result = annotate({ text, blocks: paragraphBlocks(text) });
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  let lastEnd = -1;
  for (const quote of [...result.quotes].sort((a, b) => a.start - b.start)) {
    expect(inside(quote)).toBe(true);
    expect(quote.start).toBeGreaterThanOrEqual(lastEnd); // never overlapping
    lastEnd = quote.end;
    expect(quote.text).toBe(text.slice(quote.start, quote.end));
    if (quote.speaker?.mention) expect(inside(quote.speaker.mention)).toBe(true);
    if (quote.speaker?.entity) expect(result.entities.some((e) => e.id === quote.speaker!.entity)).toBe(true);
  }
  for (const entity of result.entities) {
    expect(entity.id).not.toBe('');
    for (const mention of entity.mentions) expect(inside(mention)).toBe(true);
  }
}

describe('annotate() on any text', () => {
  it('never throws, keeps offsets inside the text, never overlaps quotes, links speakers to entities', () => {
    fc.assert(fc.property(newsText, (text) => checkAnnotation(text)), { numRuns: 400 });
  });
});

describe('the whole article path on any text', () => {
  it('either rejects with a reason or yields an Article valid against the schema, offsets inside blocks', () => {
    fc.assert(
      fc.property(newsText, newsText, (title, body) => {
        let clean;
        try {
          clean = cleanArticle({ source: 'p', id: 'p', format: 'jsonl', title, body, section: null, date: null, fiction: null }, { today: '2026-11-26', window: null });
        } catch (error) {
          expect((error as Error).message).toMatch(/headline is empty|no body text|no article text/);
          return;
        }
        const article = parseOrThrow(Article, annotateArticle(clean, 'p'), 'property');
        const blockText = (block: number) => (block < 0 ? article.title : article.blocks[block]!.text);
        for (const entity of article.entities) {
          for (const m of entity.mentions) expect(m.end).toBeLessThanOrEqual(blockText(m.block).length);
        }
        for (const quote of article.quotes) {
          for (const f of quote.fragments) expect(f.end).toBeLessThanOrEqual(blockText(f.block).length);
          if (quote.speaker?.entity) expect(article.entities.some((e) => e.id === quote.speaker!.entity)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
