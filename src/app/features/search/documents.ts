// What the article search indexes, and how a match is explained to the reader. Pure, no search library:
// the library is loaded only when the reader starts searching (engine.ts).
import type { Article } from '../../../shared/schema.ts';

/**
 * One searchable article. This is also the proposed shape of a pipeline-built `data/search.json`
 * (`{ documents: SearchDocument[] }`), which would save the browser from fetching every article.
 */
export interface SearchDocument {
  slug: string;
  title: string;
  /** The body text, paragraphs joined by blank lines. */
  text: string;
  entities: string[];
  quotes: Array<{ id: string; text: string; speaker: string | null }>;
}

export function searchDocument(article: Article): SearchDocument {
  return {
    slug: article.slug,
    title: article.title,
    text: article.blocks.map((block) => block.text).join('\n\n'),
    entities: article.entities.map((entity) => entity.name),
    quotes: article.quotes.map((quote) => ({ id: quote.id, text: quote.text, speaker: quote.speaker?.name ?? null })),
  };
}

/** Case and accents do not matter: "Zelenskyy" finds "zelenskyy", "Sao" finds "São". */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A stretch of text around a hit, with the hit itself separate so the UI can mark it. */
export interface Snippet {
  before: string;
  hit: string;
  after: string;
}

/** The first word of `text` that folds to one of `terms`, with up to `radius` characters either side. */
export function snippetFor(text: string, terms: ReadonlySet<string>, radius = 60): Snippet | null {
  for (const match of text.matchAll(WORD)) {
    if (!terms.has(foldTerm(match[0]))) continue;
    const start = match.index ?? 0;
    const end = start + match[0].length;
    let from = Math.max(0, start - radius);
    let to = Math.min(text.length, end + radius);
    // Cut at spaces so no word is shown in part.
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
    return {
      before: `${from > 0 ? '…' : ''}${text.slice(from, start).replace(/\s+/g, ' ')}`,
      hit: text.slice(start, end),
      after: `${text.slice(end, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`,
    };
  }
  return null;
}

export type MatchReason =
  | { field: 'title'; snippet: Snippet }
  | { field: 'entity'; names: string[] }
  | { field: 'quote'; snippet: Snippet; speaker: string | null; quoteId: string }
  | { field: 'text'; snippet: Snippet };

/** Fields a search hit can come from, as named in the engine. */
export type SearchField = 'title' | 'entities' | 'quotes' | 'text';

/**
 * Why an article matched, from the engine's `match` (indexed term → fields): the headline, the names,
 * a quote and a passage of text that contain the matched words, most telling first.
 */
export function explainMatch(document: SearchDocument, match: Readonly<Record<string, readonly string[]>>): MatchReason[] {
  const termsIn = (field: SearchField) =>
    new Set(Object.entries(match).filter(([, fields]) => fields.includes(field)).map(([term]) => term));
  const reasons: MatchReason[] = [];

  const titleTerms = termsIn('title');
  const titleSnippet = titleTerms.size ? snippetFor(document.title, titleTerms, 200) : null;
  if (titleSnippet) reasons.push({ field: 'title', snippet: titleSnippet });

  const entityTerms = termsIn('entities');
  const names = document.entities.filter((name) => wordsOf(name).some((word) => entityTerms.has(foldTerm(word))));
  if (names.length) reasons.push({ field: 'entity', names: names.slice(0, 4) });

  const quoteTerms = termsIn('quotes');
  for (const quote of quoteTerms.size ? document.quotes : []) {
    const inText = snippetFor(quote.text, quoteTerms);
    const bySpeaker = quote.speaker !== null && wordsOf(quote.speaker).some((word) => quoteTerms.has(foldTerm(word)));
    if (!inText && !bySpeaker) continue;
    const opening = { before: '', hit: '', after: quote.text.length > 120 ? `${quote.text.slice(0, 120)}…` : quote.text };
    reasons.push({ field: 'quote', snippet: inText ?? opening, speaker: quote.speaker, quoteId: quote.id });
    break;
  }

  const textTerms = termsIn('text');
  const textSnippet = textTerms.size ? snippetFor(document.text, textTerms) : null;
  if (textSnippet && reasons.length < 3) reasons.push({ field: 'text', snippet: textSnippet });
  return reasons;
}
