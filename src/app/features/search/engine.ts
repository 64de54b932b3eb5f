// The search engine proper, in its own chunk: MiniSearch is only downloaded once the reader searches.
import MiniSearch from 'minisearch';
import { explainMatch, foldTerm, wordsOf, type MatchReason, type SearchDocument } from './documents.ts';

export interface SearchHit {
  slug: string;
  score: number;
  reasons: MatchReason[];
}

export interface ArticleSearch {
  search(query: string): SearchHit[];
}

/** Quote speakers are searchable with the quote, so "Patrushev said" style searches find both. */
function fieldText(document: SearchDocument, field: string): string {
  switch (field) {
    case 'entities':
      return document.entities.join(' \n ');
    case 'quotes':
      return document.quotes.map((quote) => `${quote.text} ${quote.speaker ?? ''}`).join(' \n ');
    default:
      return String(document[field as 'title' | 'text'] ?? '');
  }
}

export function createArticleSearch(documents: readonly SearchDocument[]): ArticleSearch {
  const bySlug = new Map(documents.map((document) => [document.slug, document]));
  const engine = new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields: ['title', 'entities', 'quotes', 'text'],
    extractField: (document, field) => (field === 'slug' ? document.slug : fieldText(document, field)),
    tokenize: (text) => wordsOf(text),
    processTerm: (term) => foldTerm(term),
    searchOptions: {
      boost: { title: 3, entities: 2, quotes: 1.5, text: 1 },
      // Every word must match (the list narrows as you type); the word being typed matches as a prefix;
      // longer words forgive one typo, short ones none, so nonsense finds nothing.
      combineWith: 'AND',
      prefix: (_term, index, terms) => index === terms.length - 1,
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
    },
  });
  engine.addAll([...documents]);
  return {
    search(query: string): SearchHit[] {
      if (!query.trim()) return [];
      return engine.search(query).flatMap((result) => {
        const document = bySlug.get(String(result.id));
        return document ? [{ slug: document.slug, score: result.score, reasons: explainMatch(document, result.match) }] : [];
      });
    },
  };
}
