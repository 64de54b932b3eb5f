// How the typed words are read: filters written among them (speaker:, mentions:, section:) and phrases in quotes.
// Used by the engine only, so it travels in the engine's chunk, not in the home page's.
import type { SearchRequest } from './request.ts';

const SYNTAX = /(?:^|\s)(speaker|mentions|section):(?:"([^"]*)"?|(\S+))/gi;

/**
 * The request with any `speaker:`, `mentions:` or `section:` written in the words moved into its filter
 * (`speaker:putin ukraine`, `speaker:"Vladimir Putin" ukraine`): typing is as good as the filter controls.
 */
export function withTypedFilters(request: SearchRequest): SearchRequest {
  const next = { ...request };
  next.q = request.q.replace(SYNTAX, (_, key: string, quoted: string | undefined, bare: string | undefined) => {
    const field = key.toLowerCase() as 'speaker' | 'mentions' | 'section';
    const value = (quoted ?? bare ?? '').trim();
    if (value) next[field] = next[field] ? `${next[field]} ${value}` : value;
    return ' ';
  });
  // what follows the last filter is still being typed only if the text did not end there
  if (/\S$/.test(request.q) && !/\S$/.test(next.q)) next.q = next.q.trimEnd() + ' ';
  return next;
}

/** A phrase typed in quotes: its words must stand side by side in this order. */
export interface Phrase {
  /** Folded words, as the index holds them. */
  words: string[];
  /** The last word is still being typed (the quote is not closed and nothing follows): it matches words it starts. */
  lastIsPrefix: boolean;
}

const QUOTED = /["“”„]([^"“”„]*)(["“”„]|$)/g;

/**
 * The phrases in typed words ("…", also with curly quotes); one word alone in quotes is just that word. `wordsOf`
 * and `fold` are the index's (src/shared/searchIndex.ts), passed in so the rules can be tested on their own.
 */
export function phrasesOf(q: string, wordsOf: (text: string) => string[], fold: (word: string) => string): Phrase[] {
  const phrases: Phrase[] = [];
  for (const match of q.matchAll(QUOTED)) {
    const words = wordsOf(match[1]!).map(fold);
    const open = match[2] === '' && /[\p{L}\p{N}]$/u.test(match[1]!);
    if (words.length >= 2) phrases.push({ words, lastIsPrefix: open });
  }
  return phrases;
}
