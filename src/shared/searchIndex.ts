// The search index's format, shared by the pipeline that writes it and the app that reads it: how text becomes
// terms, which terms filters use, and how a term's postings are packed. Pure code, no dependencies.

/** Case, accents and apostrophe style do not matter: "Zelenskyy" finds "zelenskyy", "Sao" finds "São". */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/’/g, "'").toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The words of a text as written (for snippets: offsets stay those of the text). */
export function wordMatches(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(WORD);
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The folded terms of a text, each once. */
export function termsOf(text: string): Set<string> {
  return new Set(wordsOf(text).map(foldTerm));
}

/** Where in an article a word was found; a term's postings keep one list of articles per field. */
export const FIELDS = ['any', 'title', 'entity', 'quote'] as const;
export type SearchFieldName = (typeof FIELDS)[number];

/**
 * Filter terms live in the same sorted term space as words. Words are letters and digits only, so a leading "~"
 * can never collide with one; each kind sorts together, so a date range is one contiguous run of terms.
 */
export const filterTerm = {
  section: (section: string) => `~s:${foldTerm(section).trim()}`,
  month: (isoDate: string) => `~m:${isoDate.slice(0, 7)}`,
  day: (isoDate: string) => `~d:${isoDate}`,
  /** An article with a quote by a speaker whose name has this word. */
  speaker: (nameWord: string) => `~sp:${nameWord}`,
  /** An article mentioning an entity whose name has this word. */
  mentions: (nameWord: string) => `~en:${nameWord}`,
  /** A word inside a quote by a speaker whose name has `nameWord`: "everything Putin said that mentions Ukraine". */
  saidBy: (nameWord: string, word: string) => `~q:${nameWord}:${word}`,
};

// ---- postings: a sorted list of article numbers, packed as whichever is smaller of delta varints or a bitmap

const enum Encoding {
  Absent = 0,
  Deltas = 1,
  Bitmap = 2,
}

function pushVarint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
}

/** Packs one sorted list of article numbers (ascending, no repeats). */
export function encodeList(out: number[], ids: readonly number[] | null): void {
  if (!ids || ids.length === 0) {
    out.push(Encoding.Absent);
    return;
  }
  const deltas: number[] = [];
  pushVarint(deltas, ids.length);
  let previous = -1;
  for (const id of ids) {
    pushVarint(deltas, id - previous - 1);
    previous = id;
  }
  const bitmapBytes = Math.ceil((ids[ids.length - 1]! + 1) / 8);
  if (deltas.length <= bitmapBytes + 3) {
    out.push(Encoding.Deltas, ...deltas);
    return;
  }
  out.push(Encoding.Bitmap);
  pushVarint(out, bitmapBytes);
  const bitmap = new Array<number>(bitmapBytes).fill(0);
  for (const id of ids) bitmap[id >> 3]! |= 1 << (id & 7);
  for (const byte of bitmap) out.push(byte);
}

/** Reads packed lists back; throws on bytes that are not a valid packing (a corrupt file). */
export class PostingReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  private varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length) throw new Error('postings end in the middle of a number');
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
      if (scale > 2 ** 35) throw new Error('postings hold a number too large');
    }
  }

  /** The next list, as article numbers; `limit` is the number of articles in the index. */
  list(limit: number): number[] {
    if (this.at >= this.bytes.length) throw new Error('postings end before their last list');
    const kind = this.bytes[this.at++];
    if (kind === Encoding.Absent) return [];
    const ids: number[] = [];
    if (kind === Encoding.Deltas) {
      const count = this.varint();
      let previous = -1;
      for (let i = 0; i < count; i++) ids.push((previous += this.varint() + 1));
    } else if (kind === Encoding.Bitmap) {
      const length = this.varint();
      if (this.at + length > this.bytes.length) throw new Error('postings bitmap runs past the end');
      for (let byte = 0; byte < length; byte++) {
        const bits = this.bytes[this.at + byte]!;
        for (let bit = 0; bits >> bit; bit++) if (bits & (1 << bit)) ids.push(byte * 8 + bit);
      }
      this.at += length;
    } else {
      throw new Error(`postings hold an unknown list kind ${kind}`);
    }
    if (ids.length && ids[ids.length - 1]! >= limit) throw new Error('postings name an article beyond the index');
    return ids;
  }

  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

/** A term's postings: the articles that have it anywhere, and those that have it in the headline, a name, a quote. */
export type TermPostings = Record<SearchFieldName, number[]>;

export function encodePostings(postings: Partial<TermPostings> & { any: readonly number[] }): number[] {
  const out: number[] = [];
  for (const field of FIELDS) encodeList(out, postings[field] ?? null);
  return out;
}

export function decodePostings(bytes: Uint8Array, docCount: number): TermPostings {
  const reader = new PostingReader(bytes);
  const postings = Object.fromEntries(FIELDS.map((field) => [field, reader.list(docCount)])) as TermPostings;
  if (!reader.done) throw new Error('postings have bytes left over');
  return postings;
}

export { searchPaths } from './searchPaths.ts';
