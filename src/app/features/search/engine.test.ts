import { describe, expect, it } from 'vitest';
import { inventedArticle } from '../../fixtures/invented.ts';
import type { SearchDocument } from './documents.ts';
import { snippetFor } from './documents.ts';
import { createArticleSearch } from './engine.ts';

const documents: SearchDocument[] = [
  {
    slug: 'ferry',
    title: 'Ferry pier to reopen by spring',
    text: 'The harbour board said the pier on Quay Street will reopen.\n\nWork starts in March.',
    entities: ['Ada Quill', 'Harbour Board'],
    quotes: [{ id: 'quote-1', text: 'We expect boats by April', speaker: 'Ada Quill' }],
  },
  {
    slug: 'school',
    title: 'School roof mended after storm',
    text: 'Builders from São Brás finished the roof of the academy.',
    entities: ['Harbourside Academy'],
    quotes: [{ id: 'quote-2', text: 'The pupils are back inside', speaker: 'Tom Reyes' }],
  },
];

describe('article search', () => {
  const search = createArticleSearch(documents);

  it('narrows to the one article naming a person, and says it matched the name', () => {
    const hits = search.search('Ada Quill');
    expect(hits.map((hit) => hit.slug)).toEqual(['ferry']);
    expect(hits[0]?.reasons).toContainEqual({ field: 'entity', names: ['Ada Quill'] });
  });

  it('matches the word being typed as a prefix, and every word must match', () => {
    expect(search.search('harb').map((hit) => hit.slug).sort()).toEqual(['ferry', 'school']);
    expect(search.search('harbourside roof').map((hit) => hit.slug)).toEqual(['school']);
    expect(search.search('harbour roof')).toEqual([]);
  });

  it('finds words in quotes and the body, folding accents, and shows the passage', () => {
    const quoteHit = search.search('pupils')[0];
    expect(quoteHit?.slug).toBe('school');
    expect(quoteHit?.reasons[0]).toMatchObject({ field: 'quote', speaker: 'Tom Reyes', snippet: { hit: 'pupils' } });
    const textHit = search.search('sao bras')[0];
    expect(textHit?.reasons).toContainEqual({
      field: 'text',
      snippet: { before: 'Builders from ', hit: 'São', after: ' Brás finished the roof of the academy.' },
    });
  });

  it('finds nothing for nonsense or an empty query', () => {
    expect(search.search('qzxv wplk')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('builds from a real article shape', async () => {
    const { searchDocument } = await import('./documents.ts');
    const document = searchDocument(inventedArticle);
    expect(document.slug).toBe(inventedArticle.slug);
    const hits = createArticleSearch([document]).search(inventedArticle.entities[0]?.name ?? '');
    expect(hits.map((hit) => hit.slug)).toEqual([inventedArticle.slug]);
  });
});

describe('snippetFor', () => {
  it('cuts at word boundaries with ellipses', () => {
    const text = `${'alpha '.repeat(20)}target ${'omega '.repeat(20)}`.trim();
    const snippet = snippetFor(text, new Set(['target']), 20);
    expect(snippet?.hit).toBe('target');
    expect(snippet?.before.startsWith('…alpha')).toBe(true);
    expect(snippet?.after.endsWith('omega…')).toBe(true);
    expect(snippetFor(text, new Set(['missing']))).toBeNull();
  });
});
