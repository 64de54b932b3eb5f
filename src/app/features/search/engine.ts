// The search engine, in its own chunk, loaded once the reader starts searching. It reads the chunked index the
// pipeline writes (src/pipeline/search/): the table of contents first, then only the term chunks a query's words
// fall in, and the small per-article fragments of the results it shows.
import { SearchChunk, SearchFragment, SearchManifest, SearchTable, type ArticleSummary } from '../../../shared/schema.ts';
import { decodePostings, filterTerm, foldTerm, searchPaths, termsOf, wordsOf, type TermPostings } from '../../../shared/searchIndex.ts';
import { explainMatch, holdsPhrases, type MatchReason, type MatchTerms } from './documents.ts';
import { phrasesOf, withTypedFilters, type Phrase } from './query.ts';
import type { SearchRequest } from './request.ts';
import type * as z from 'zod/mini';

/** Fetches and validates one file under data/ (relative path); throws on any failure. */
export type Loader = <T>(path: string, schema: z.ZodMiniType<T>) => Promise<T>;

export interface SearchHit {
  id: number;
  summary: ArticleSummary;
  reasons: MatchReason[];
}

export interface SearchResults {
  /** How many articles match in all. */
  total: number;
  /** `total` is an upper bound: not every candidate for a quoted phrase was checked. */
  approximate: boolean;
  hits: SearchHit[];
}

export interface SectionChoice {
  name: string;
  count: number;
}

export interface SearchEngine {
  sections: SectionChoice[];
  dates: readonly [string, string] | null;
  /** The best `count` results of the request, with why each matched. */
  search(request: SearchRequest, count: number): Promise<SearchResults>;
}

/** The last word, while being typed, matches words it starts, unless that spans more chunks than this. */
const PREFIX_CHUNKS = 2;
/** Typed words shorter than this match whole words only (the chunk limit above already bounds the cost). */
const PREFIX_MIN = 1;

/**
 * Candidates for a quoted phrase checked in their fragments per page of results (the index holds no word positions):
 * ~2 KB each, so a phrase query stays under 100 KB.
 */
const PHRASE_CHECKS = 30;
/** A page of results, as the app shows them: the phrase check's unit. */
const RESULTS_PER_CHECK = 10;

const FIELD_WEIGHT = { title: 2, entity: 1, quote: 0.5 } as const;

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** First index in sorted `list` whose value is ≥ `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An entry of a sorted listing (tables, chunks): its stretch of terms runs from `first` up to `next`. */
interface ListingEntry {
  first: string;
  name: string;
  next: string | undefined;
}

/** The entries of a listing ([first term, name], sorted) whose stretch overlaps [lo, hi); `end` ends the last one. */
function overlapping(listing: ReadonlyArray<readonly [string, string]>, lo: string, hi: string, end?: string): ListingEntry[] {
  const firsts = listing.map(([first]) => first);
  const start = Math.max(0, lowerBound(firsts, lo + '\0') - 1);
  const entries: ListingEntry[] = [];
  for (let i = start; i < listing.length && (i === start || firsts[i]! < hi); i++) entries.push({ first: firsts[i]!, name: listing[i]![1], next: firsts[i + 1] ?? end });
  return entries;
}

/** Why sorted keys cannot be the file the listing names (a corrupt or mixed-up file), or null. */
function listingProblem(keys: readonly string[], entry: ListingEntry): string | null {
  if (keys.length === 0) return 'empty';
  if (keys[0] !== entry.first && entry.first !== '') return `starts at "${keys[0]}" instead of "${entry.first}"`;
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) return 'out of order';
  if (entry.next !== undefined && !(keys[keys.length - 1]! < entry.next)) return 'runs into the next file';
  return null;
}

/** Per article: 0 when absent, else 1 plus a bit per field (2 headline, 4 name, 8 quote). */
type Matches = Uint8Array;

function matchesOf(postings: readonly TermPostings[], size: number, quotesOnly = false): Matches {
  const matches = new Uint8Array(size);
  for (const posting of postings) {
    for (const id of quotesOnly ? posting.quote : posting.any) matches[id]! |= 1;
    for (const id of posting.title) matches[id]! |= 2;
    for (const id of posting.entity) matches[id]! |= 4;
    for (const id of posting.quote) matches[id]! |= 8;
  }
  return matches;
}

const weightOf = (mask: number) => 1 + (mask & 2 ? FIELD_WEIGHT.title : 0) + (mask & 4 ? FIELD_WEIGHT.entity : 0) + (mask & 8 ? FIELD_WEIGHT.quote : 0);

/** The calendar month after `month` (YYYY-MM). */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

class ChunkedSearch implements SearchEngine {
  private readonly tables = new Map<string, Promise<SearchTable>>();
  private readonly chunks = new Map<string, Promise<SearchChunk>>();
  private readonly decoded = new Map<string, TermPostings>();
  private readonly fragments = new Map<number, Promise<SearchFragment>>();
  readonly sections: SectionChoice[];
  readonly dates: readonly [string, string] | null;

  constructor(
    private readonly manifest: SearchManifest,
    private readonly load: Loader,
  ) {
    this.sections = manifest.sections.map(([name, count]) => ({ name, count }));
    this.dates = manifest.dates;
  }

  /** A fetch that failed is forgotten, so the next search (Retry) asks again. */
  private cached<K, T>(cache: Map<K, Promise<T>>, key: K, fetch: () => Promise<T>): Promise<T> {
    let pending = cache.get(key);
    if (!pending) {
      pending = fetch();
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
    }
    return pending;
  }

  private table(entry: ListingEntry): Promise<SearchTable> {
    return this.cached(this.tables, entry.name, async () => {
      const path = searchPaths.table(entry.name);
      const table = await this.load(path, SearchTable);
      const problem = listingProblem(table.chunks.map(([first]) => first), entry);
      if (problem) throw new Error(`${path}: ${problem}`);
      return table;
    });
  }

  private chunk(entry: ListingEntry): Promise<SearchChunk> {
    return this.cached(this.chunks, entry.name, async () => {
      const path = searchPaths.chunk(entry.name);
      const chunk = await this.load(path, SearchChunk);
      const problem = chunk.terms.length !== chunk.postings.length ? 'terms and postings differ in number' : listingProblem(chunk.terms, entry);
      if (problem) throw new Error(`${path}: ${problem}`);
      return chunk;
    });
  }

  /** Every term from `lo` up to, not including, `hi`, with its postings; null when that spans more than `maxChunks`. */
  private async termsBetween(lo: string, hi: string, maxChunks = Infinity): Promise<Array<[string, TermPostings]> | null> {
    const tables = await Promise.all(overlapping(this.manifest.tables, lo, hi).map(async (entry) => ({ entry, table: await this.table(entry) })));
    const entries = tables.flatMap(({ entry, table }) => overlapping(table.chunks, lo, hi, entry.next));
    if (entries.length > maxChunks) return null;
    const chunks = await Promise.all(entries.map((entry) => this.chunk(entry)));
    const found: Array<[string, TermPostings]> = [];
    for (const [index, chunk] of chunks.entries()) {
      for (let i = lowerBound(chunk.terms, lo); i < chunk.terms.length && chunk.terms[i]! < hi; i++) {
        const term = chunk.terms[i]!;
        let postings = this.decoded.get(term);
        if (!postings) {
          try {
            postings = decodePostings(base64Bytes(chunk.postings[i]!), this.manifest.docCount);
          } catch (error) {
            throw new Error(`${searchPaths.chunk(entries[index]!.name)}: ${term}: ${error instanceof Error ? error.message : String(error)}`);
          }
          this.decoded.set(term, postings);
        }
        found.push([term, postings]);
      }
    }
    return found;
  }

  private async exact(term: string): Promise<TermPostings[]> {
    return ((await this.termsBetween(term, term + '\0')) ?? []).map(([, postings]) => postings);
  }

  /** The terms a typed word matches: itself, and while typed, the words it starts (when they fit in few chunks). */
  private async expand(word: string, asPrefix: boolean): Promise<Array<[string, TermPostings]>> {
    if (asPrefix && word.length >= PREFIX_MIN) {
      const terms = await this.termsBetween(word, word + '\uffff', PREFIX_CHUNKS);
      if (terms) return terms;
    }
    return (await this.termsBetween(word, word + '\0')) ?? [];
  }

  /** Articles dated within [from, to]: whole months by their month term, the months at either end day by day. */
  private async dateRange(from: string, to: string): Promise<Set<number>> {
    const lo = from || '0000-01-01';
    const hi = to || '9999-12-31';
    const ids = new Set<number>();
    const addAll = (terms: Array<[string, TermPostings]> | null) => terms?.forEach(([, postings]) => postings.any.forEach((id) => ids.add(id)));
    const loMonth = lo.slice(0, 7);
    const hiMonth = hi.slice(0, 7);
    if (loMonth === hiMonth) {
      addAll(await this.termsBetween(filterTerm.day(lo), filterTerm.day(hi) + '\0'));
      return ids;
    }
    addAll(await this.termsBetween(filterTerm.day(lo), filterTerm.day(`${loMonth}-31`) + '\0'));
    addAll(await this.termsBetween(filterTerm.month(`${nextMonth(loMonth)}-01`), filterTerm.month(`${hiMonth}-01`)));
    addAll(await this.termsBetween(filterTerm.day(`${hiMonth}-01`), filterTerm.day(hi) + '\0'));
    return ids;
  }

  /** Per article, how a typed word matches; with a speaker, only inside that speaker's quotes (every name word). */
  private async wordMatches(word: string, asPrefix: boolean, speakerWords: readonly string[]): Promise<Matches> {
    const size = this.manifest.docCount;
    if (speakerWords.length === 0) return matchesOf((await this.expand(word, asPrefix)).map(([, postings]) => postings), size);
    const perName = await Promise.all(speakerWords.map(async (name) => matchesOf((await this.expand(filterTerm.saidBy(name, word), asPrefix)).map(([, postings]) => postings), size)));
    return perName.reduce((all, one) => all.map((mask, id) => (mask && one[id] ? 9 : 0)));
  }

  /** The articles each filter allows. */
  private filterSets(request: SearchRequest, hasWords: boolean, speakerWords: readonly string[]): Array<Promise<Iterable<number>>> {
    const union = (lists: TermPostings[]) => new Set(lists.flatMap((postings) => postings.any));
    const filters: Array<Promise<Iterable<number>>> = [];
    if (request.section) filters.push(this.exact(filterTerm.section(request.section)).then(union));
    // with words, the speaker already narrowed them (wordMatches); alone, it keeps every article quoting them
    for (const word of hasWords ? [] : speakerWords) filters.push(this.exact(filterTerm.speaker(word)).then(union));
    for (const word of termsOf(request.mentions)) filters.push(this.exact(filterTerm.mentions(word)).then(union));
    if (request.from || request.to) filters.push(this.dateRange(request.from, request.to));
    return filters;
  }

  private fragment(id: number): Promise<SearchFragment> {
    return this.cached(this.fragments, id, () => this.load(searchPaths.doc(id), SearchFragment));
  }

  /**
   * The first `count` candidates, best first, that hold every phrase. The index knows which words an article has,
   * not where, so candidates are checked in their fragments, a page at a time and at most PHRASE_CHECKS of them.
   */
  private async withPhrases(found: readonly number[], phrases: readonly Phrase[], speakerWords: readonly string[], count: number): Promise<{ shown: number[]; total: number; approximate: boolean }> {
    if (phrases.length === 0) return { shown: found.slice(0, count), total: found.length, approximate: false };
    const kept: number[] = [];
    const limit = Math.ceil(count / RESULTS_PER_CHECK) * PHRASE_CHECKS;
    let checked = 0;
    while (kept.length < count && checked < found.length && checked < limit) {
      // a page's worth first; if that was not enough, the rest allowed at once (one round trip, not several)
      const batch = found.slice(checked, checked === 0 ? Math.max(count, RESULTS_PER_CHECK) : limit);
      checked += batch.length;
      const fragments = await Promise.all(batch.map((id) => this.fragment(id)));
      batch.forEach((id, i) => holdsPhrases(fragments[i]!, phrases, speakerWords) && kept.push(id));
    }
    // the candidates left unchecked may or may not hold the phrase: the total is then an upper bound
    return { shown: kept.slice(0, count), total: kept.length + (found.length - checked), approximate: checked < found.length };
  }

  async search(asked: SearchRequest, count: number): Promise<SearchResults> {
    const request = withTypedFilters(asked);
    // the last word is being typed while nothing (a space, a closing quote) ends it
    const typing = /[\p{L}\p{N}]$/u.test(request.q);
    const words = [...new Set(wordsOf(request.q).map(foldTerm))];
    const phrases = phrasesOf(request.q, wordsOf, foldTerm);
    const speakerWords = [...termsOf(request.speaker)];
    // the last word, while typed, also matches the words it starts
    const isPrefix = (index: number) => typing && index === words.length - 1 && words[index]!.length >= PREFIX_MIN;
    const matched: MatchTerms = { exact: new Set(words.filter((_, i) => !isPrefix(i))), prefixes: words.filter((_, i) => isPrefix(i)) };

    // words and filters are fetched at once; each narrows the candidates
    const filters = this.filterSets(request, words.length > 0, speakerWords);
    const perWord = await Promise.all(words.map((word, i) => this.wordMatches(word, isPrefix(i), speakerWords)));
    const perFilter = await Promise.all(filters);
    if (perWord.length === 0 && perFilter.length === 0) return { total: 0, approximate: false, hits: [] };
    const { found } = rank(perWord, perFilter, this.manifest.docCount);

    const candidates = phrases.length ? phraseCheckOrder(found, phrases, words, perWord) : found;
    const { shown, total, approximate } = await this.withPhrases(candidates, phrases, speakerWords, count);
    const fragments = await Promise.all(shown.map((id) => this.fragment(id)));
    return {
      total,
      approximate,
      hits: shown.map((id, i) => ({ id, summary: fragments[i]!.summary, reasons: explainMatch(fragments[i]!, matched, speakerWords) })),
    };
  }
}

/**
 * The order in which candidates are checked for phrases. The score favours words found in headlines, names and
 * quotes, which says nothing about words standing side by side (and puts a phrase from a body paragraph last): so
 * the candidates where every word of each phrase shares a headline, a name or a quote (best first) take turns with
 * the others (in the index's order).
 */
function phraseCheckOrder(found: readonly number[], phrases: readonly Phrase[], words: readonly string[], perWord: readonly Matches[]): number[] {
  const masks = phrases.map((phrase) => phrase.words.map((word) => perWord[words.indexOf(word)]).filter((matches) => matches !== undefined));
  const sharesField = (id: number) => masks.every((phraseMasks) => phraseMasks.reduce((shared, matches) => shared & matches[id]!, 0b1110) !== 0);
  const shared = found.filter(sharesField);
  const rest = found.filter((id) => !sharesField(id)).sort((a, b) => a - b);
  // taken in turns, so many candidates of one kind never starve the other
  const order: number[] = [];
  for (let i = 0; i < Math.max(shared.length, rest.length); i++) order.push(...[shared[i], rest[i]].filter((id) => id !== undefined));
  return order;
}

/**
 * The articles every word and every filter allow, best first: each word adds its rarity (idf) times the weight of
 * the fields it is in; equal scores (a filter alone) keep the index's order.
 */
function rank(perWord: readonly Matches[], perFilter: ReadonlyArray<Iterable<number>>, size: number): { found: number[]; score: Float64Array } {
  const score = new Float64Array(size);
  const count = new Uint16Array(size);
  for (const matches of perWord) {
    let df = 0;
    for (let id = 0; id < size; id++) if (matches[id]) df++;
    const idf = Math.log(1 + size / Math.max(1, df));
    for (let id = 0; id < size; id++) {
      if (!matches[id]) continue;
      count[id]!++;
      score[id]! += idf * weightOf(matches[id]!);
    }
  }
  for (const ids of perFilter) for (const id of new Set(ids)) count[id]!++;
  const needed = perWord.length + perFilter.length;
  const found: number[] = [];
  for (let id = 0; id < size; id++) if (count[id] === needed) found.push(id);
  found.sort((a, b) => score[b]! - score[a]! || a - b);
  return { found, score };
}

/** Opens the index: fetches its table of contents (the only file every search needs). */
export async function openSearch(load: Loader): Promise<SearchEngine> {
  return new ChunkedSearch(await load(searchPaths.manifest, SearchManifest), load);
}
