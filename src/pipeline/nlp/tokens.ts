// Tokens and sentences with offsets. Linear-time scans with simple, non-nested regexes only, so any string
// (emoji, 1M-char paragraphs, stray marks) is handled in bounded time.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** First token index and one past the last. */
  first: number;
  last: number;
  /** Most words in capitals (a CoNLL-style headline): capitalisation tells nothing here. */
  allCaps: boolean;
}

// Dotted acronyms ("U.S."), words with inner apostrophes/hyphens/periods-free, numbers, single other chars.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’‑-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|s)?|['’]s\b|\S/gu;

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm st jr sr rev hon pres messrs mt ft inc corp co ltd bros no vs jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Splits text into tokens; a possessive "’s" is its own token, a title's period is kept on the word. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let word = m[0];
    const start = m.index;
    const first = word.codePointAt(0) ?? 0;
    const isLetter = /\p{L}/u.test(String.fromCodePoint(first));
    const kind: TokenKind = isLetter ? 'word' : /\p{N}/u.test(String.fromCodePoint(first)) ? 'number' : 'punct';
    if (kind === 'word' && /^['’]s$/i.test(word)) {
      tokens.push({ text: word, start, end: start + word.length, kind: 'punct', sentence: 0 });
      continue;
    }
    // "Putin’s" → "Putin" + "’s"
    if (kind === 'word' && /['’][sS]$/.test(word) && word.length > 2) {
      const stem = word.slice(0, -2);
      tokens.push({ text: stem, start, end: start + stem.length, kind, sentence: 0 });
      tokens.push({ text: word.slice(-2), start: start + stem.length, end: start + word.length, kind: 'punct', sentence: 0 });
      continue;
    }
    // Initials ("D.") and known abbreviations ("Sen.") keep their period.
    const next = slice[start + word.length];
    if (kind === 'word' && next === '.' && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) {
      word += '.';
      re.lastIndex = start + word.length;
    }
    tokens.push({ text: word, start, end: start + word.length, kind, sentence: 0 });
  }
  return tokens;
}

const OPENERS = /^[“"‘'(\[«]$/;

/** True when the word is written in capitals (two letters or more). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Groups tokens into sentences: a break after . ! ? (not after an abbreviation or initial) before a capital,
 * quote or digit, and at every newline. Marks each token with its sentence index.
 */
export function sentences(text: string, tokens: Token[]): Sentence[] {
  const result: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last <= first) return;
    const words = tokens.slice(first, last).filter((t) => t.kind === 'word' && t.text.replace(/\./g, '').length > 1);
    const caps = words.filter((t) => isAllCaps(t.text)).length;
    const allCaps = words.length >= 2 && caps / words.length >= 0.6;
    const index = result.length;
    for (let i = first; i < last; i++) tokens[i]!.sentence = index;
    result.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, allCaps });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (text.slice(token.end, next.start).includes('\n')) {
      close(i + 1);
      continue;
    }
    // Words that keep their period (initials, titles, "U.S.") never end a sentence here.
    if (!/^[.!?]$/.test(token.text)) continue;
    // Closing quotes and brackets stay with the sentence they end.
    let j = i + 1;
    while (j < tokens.length && /^[”"’')\]»]$/.test(tokens[j]!.text) && !text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes('\n')) j++;
    const after = tokens[j];
    if (!after) break;
    if (isCapitalized(after.text) || after.kind === 'number' || OPENERS.test(after.text)) {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return result;
}
