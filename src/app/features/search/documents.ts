// How a search result explains itself: passages of the headline, a quote or the text around the matched words,
// each word marked. Pure; the snippets are plain strings the UI renders as text (and <mark> elements).
import type { SearchFragment } from '../../../shared/schema.ts';
import { foldTerm, termsOf, wordMatches, wordsOf } from '../../../shared/searchIndex.ts';
import type { Phrase } from './query.ts';

/** A stretch of text cut into plain parts and matched words. */
export type Snippet = Array<{ text: string; hit: boolean }>;

/** A term matches a word it equals, or the word being typed when it starts that word (`prefixes`). */
export interface MatchTerms {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

export const matchesTerm = (terms: MatchTerms, word: string) => terms.exact.has(word) || terms.prefixes.some((prefix) => word.startsWith(prefix));

/**
 * The passage of `text` (about 2 × `radius` characters) holding the most distinct matched words, cut at spaces,
 * with every matched word in it marked; null when no word matches.
 */
export function snippetFor(text: string, terms: MatchTerms, radius = 80): Snippet | null {
  const hits = [...wordMatches(text)].flatMap((match) => {
    const term = foldTerm(match[0]);
    return matchesTerm(terms, term) ? [{ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, term }] : [];
  });
  if (hits.length === 0) return null;
  // the window that starts at a hit and covers the most different words
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < hits.length; i++) {
    const inWindow = new Set(hits.filter((hit) => hit.start >= hits[i]!.start && hit.end <= hits[i]!.start + radius * 2).map((hit) => hit.term));
    if (inWindow.size > bestCount) [best, bestCount] = [i, inWindow.size];
  }
  const first = hits[best]!;
  let from = Math.max(0, first.start - Math.floor(radius / 2));
  let to = Math.min(text.length, first.start + radius * 2);
  if (from > 0) from = Math.min(first.start, text.indexOf(' ', from) + 1 || from);
  const lastHit = hits.filter((hit) => hit.start < to).at(-1)!;
  if (to < text.length) to = Math.max(lastHit.end, text.lastIndexOf(' ', to));
  const parts: Snippet = [];
  const plain = (value: string) => value && parts.push({ text: value.replace(/\s+/g, ' '), hit: false });
  plain(from > 0 ? '…' : '');
  let at = from;
  for (const hit of hits) {
    if (hit.start < from || hit.end > to) continue;
    plain(text.slice(at, hit.start));
    parts.push({ text: text.slice(hit.start, hit.end), hit: true });
    at = hit.end;
  }
  plain(text.slice(at, to));
  plain(to < text.length ? '…' : '');
  return parts;
}

export type MatchReason =
  | { field: 'title'; snippet: Snippet }
  | { field: 'entity'; names: string[] }
  | { field: 'quote'; snippet: Snippet; speaker: string | null; quoteId: string }
  | { field: 'text'; snippet: Snippet };

const nameHas = (name: string, words: readonly string[]) => {
  const terms = termsOf(name);
  return words.every((word) => terms.has(word));
};

/**
 * Why an article matched: the headline, the names, a quote (by the speaker asked for, when one is) and a passage of
 * the text that hold the matched words, most telling first.
 */
export function explainMatch(fragment: SearchFragment, terms: MatchTerms, speakerWords: readonly string[] = []): MatchReason[] {
  const reasons: MatchReason[] = [];
  const hasAny = terms.exact.size > 0 || terms.prefixes.length > 0;
  const titleSnippet = hasAny ? snippetFor(fragment.summary.title, terms, 200) : null;
  if (titleSnippet && speakerWords.length === 0) reasons.push({ field: 'title', snippet: titleSnippet });

  const names = hasAny ? fragment.entities.filter((name) => [...termsOf(name)].some((word) => matchesTerm(terms, word))) : [];
  if (names.length && speakerWords.length === 0) reasons.push({ field: 'entity', names: names.slice(0, 4) });

  const quotes = speakerWords.length ? fragment.quotes.filter((quote) => quote.speaker !== null && nameHas(quote.speaker, speakerWords)) : fragment.quotes;
  for (const quote of quotes) {
    const inText = hasAny ? snippetFor(quote.text, terms) : null;
    if (!inText && (hasAny || speakerWords.length === 0)) continue;
    const opening: Snippet = [{ text: quote.text.length > 160 ? `${quote.text.slice(0, 160)}…` : quote.text, hit: false }];
    reasons.push({ field: 'quote', snippet: inText ?? opening, speaker: quote.speaker, quoteId: quote.id });
    break;
  }

  if (speakerWords.length === 0 && reasons.length < 3) {
    // the paragraph whose passage holds the most different matched words, however deep in the article
    let best: Snippet | null = null;
    let bestCount = 0;
    for (const block of hasAny ? fragment.text : []) {
      const snippet = snippetFor(block, terms);
      const count = new Set(snippet?.filter((part) => part.hit).map((part) => foldTerm(part.text))).size;
      if (snippet && count > bestCount) [best, bestCount] = [snippet, count];
    }
    if (best) reasons.push({ field: 'text', snippet: best });
  }
  return reasons;
}

/** Whether `text` has the phrase's words side by side in order (the last one as a word's start while typed). */
export function hasPhrase(text: string, phrase: Phrase): boolean {
  const words = wordsOf(text).map(foldTerm);
  const last = phrase.words.length - 1;
  const fits = (word: string, j: number) => word === phrase.words[j] || (phrase.lastIsPrefix && j === last && word.startsWith(phrase.words[j]!));
  for (let i = 0; i + last < words.length; i++) {
    let j = 0;
    while (j <= last && fits(words[i + j]!, j)) j++;
    if (j > last) return true;
  }
  return false;
}

/**
 * Whether an article holds every phrase, each within one stretch of text: the headline, a paragraph, a name or a
 * quote (with a speaker asked for, only that speaker's quotes).
 */
export function holdsPhrases(fragment: SearchFragment, phrases: readonly Phrase[], speakerWords: readonly string[] = []): boolean {
  const texts = speakerWords.length
    ? fragment.quotes.filter((quote) => quote.speaker !== null && nameHas(quote.speaker, speakerWords)).map((quote) => quote.text)
    : [fragment.summary.title, ...fragment.text, ...fragment.entities, ...fragment.quotes.map((quote) => quote.text)];
  return phrases.every((phrase) => texts.some((text) => hasPhrase(text, phrase)));
}
