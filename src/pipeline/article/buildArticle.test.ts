import { describe, expect, it } from 'vitest';
import { articleSlug, documentOf, entityFileId, isAbout, locate, readingMinutes, toQuotes } from './buildArticle.ts';
import type { FoundQuote } from '../nlp/types.ts';

const article = {
  title: 'Ferry ‘back soon’',
  blocks: [
    { kind: 'paragraph' as const, text: '“It will be back soon,” she said. “Very soon.”' },
    { kind: 'subheading' as const, text: 'A heading' },
    { kind: 'paragraph' as const, text: '“Running over' },
    { kind: 'paragraph' as const, text: '“two paragraphs.”' },
  ],
};
const doc = documentOf(article);

function quoteAt(words: string, quotation: number, from = 0): FoundQuote {
  const start = doc.text.indexOf(words, from);
  return { start, end: start + words.length, text: words, speaker: null, cue: null, confidence: 0.9, quotation };
}

describe('documentOf and locate', () => {
  it('joins headline and blocks with blank lines and records each block', () => {
    expect(doc.text.split('\n\n')).toEqual([article.title, ...article.blocks.map((b) => b.text)]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'subheading', 'paragraph', 'paragraph']);
  });
  it('maps document offsets to block-relative ones, headline as block -1', () => {
    const inTitle = doc.text.indexOf('back soon');
    expect(locate(doc.blocks, { start: inTitle, end: inTitle + 9 })).toEqual({ block: -1, start: 7, end: 16 });
    const inSecond = doc.text.indexOf('two paragraphs');
    expect(locate(doc.blocks, { start: inSecond, end: inSecond + 14 })).toEqual({ block: 3, start: 1, end: 15 });
  });
});

describe('toQuotes', () => {
  const found = [
    quoteAt('It will be back soon,', 1, doc.blocks[1]!.start),
    quoteAt('Very soon.', 1),
    quoteAt('Running over', 2),
    quoteAt('two paragraphs.', 2),
  ];
  const quotes = toQuotes(found, doc.blocks);
  it('groups the fragments of one quotation, one fragment per block', () => {
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.fragments.map((f) => f.block)).toEqual([2, 3]);
    expect(quotes[1]!.text).toBe('Running over two paragraphs.');
  });
  it('derives anchors from the words, so they survive edits elsewhere', () => {
    const again = toQuotes(found.slice(2), doc.blocks);
    expect(again[0]!.id).toBe(quotes[1]!.id);
    expect(quotes[0]!.id).toMatch(/^quote-[0-9a-f]{6}$/);
  });
});

describe('small helpers', () => {
  it('treats an entity named in the headline as what the article is about', () => {
    expect(isAbout({ id: 'f', name: 'F', type: 'other', role: null, mentions: [{ start: 0, end: 5 }] }, 17, 9)).toBe(true);
    expect(isAbout({ id: 'g', name: 'G', type: 'other', role: null, mentions: [{ start: 40, end: 45 }] }, 17, 9)).toBe(false);
  });
  it('keeps entity ids clear of the data layout’s own file names', () => {
    expect(entityFileId('index')).toBe('index-entity');
    expect(entityFileId('xi-jinping')).toBe('xi-jinping');
  });
  it('estimates reading time and slugs headlines', () => {
    expect(readingMinutes(['word '.repeat(460)])).toBe(2);
    expect(articleSlug('Russia seeks to expand security ties with China; calls it ‘unconditional priority’')).toBe(
      'russia-seeks-to-expand-security-ties-with-china-calls-it-unconditional-priority',
    );
  });
});
