// The chunked search index, folded one article at a time. Every word of every article is indexed, with the fields
// it occurs in; the index is written as a small table of contents and many term chunks, so a query fetches a few
// chunks, never the whole index (see src/shared/searchIndex.ts for the format).
import { createHash } from 'node:crypto';
import { SearchChunk, SearchManifest, SearchTable, parseOrThrow, type Article } from '../../shared/schema.ts';
import { encodePostings, filterTerm, searchPaths, termsOf, type SearchFieldName } from '../../shared/searchIndex.ts';

type FileEntry = [path: string, content: string];

/** A growing sorted list of article numbers, packed as delta varints while it grows (100,000 articles fit). */
class IdList {
  private bytes = new Uint8Array(4);
  private length = 0;
  private last = -1;
  count = 0;

  push(id: number): void {
    if (id <= this.last) return; // an article adds each term once
    let value = id - this.last - 1;
    this.last = id;
    this.count++;
    while (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  ids(): number[] {
    const ids: number[] = [];
    let previous = -1;
    for (let at = 0; at < this.length; ) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = this.bytes[at++]!;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      ids.push((previous += value + 1));
    }
    return ids;
  }
}

type Postings = { any: IdList } & Partial<Record<Exclude<SearchFieldName, 'any'>, IdList>>;

/** Bytes of postings a chunk aims at; the table of contents grows as chunks shrink. */
export const CHUNK_TARGET = 8 * 1024;

/** Chunks listed per table: a table stays a few KB however big the corpus. */
export const TABLE_SIZE = 256;

const nameOf = (content: string) => createHash('sha1').update(content).digest('hex').slice(0, 12);

/** FNV-1a: a stable hash of a term, so chunk boundaries depend on the terms near them only. */
function termHash(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The terms one article adds, by field (a term in a headline is also in `any`). */
export function articleTerms(article: Article): Map<string, Set<SearchFieldName>> {
  const terms = new Map<string, Set<SearchFieldName>>();
  const add = (term: string, field: SearchFieldName) => {
    let fields = terms.get(term);
    if (!fields) terms.set(term, (fields = new Set(['any'])));
    fields.add(field);
  };
  for (const term of termsOf(article.title)) add(term, 'title');
  for (const block of article.blocks) for (const term of termsOf(block.text)) add(term, 'any');
  for (const entity of article.entities) {
    for (const term of termsOf(entity.name)) {
      add(term, 'entity');
      add(filterTerm.mentions(term), 'any');
    }
  }
  for (const quote of article.quotes) {
    const words = termsOf(quote.text);
    for (const term of words) add(term, 'quote');
    for (const nameWord of quote.speaker ? termsOf(quote.speaker.name) : []) {
      add(filterTerm.speaker(nameWord), 'any');
      for (const word of words) add(filterTerm.saidBy(nameWord, word), 'any');
    }
  }
  if (article.section) add(filterTerm.section(article.section), 'any');
  if (article.date) {
    add(filterTerm.month(article.date), 'any');
    add(filterTerm.day(article.date), 'any');
  }
  return terms;
}

export class SearchIndexBuilder {
  private readonly terms = new Map<string, Postings>();
  private readonly sections = new Map<string, number>();
  private earliest: string | null = null;
  private latest: string | null = null;
  private count = 0;

  /** Smaller sizes than the defaults let a test corpus have as many chunks and tables as a big one. */
  constructor(private readonly sizes: { chunkTarget: number; tableSize: number } = { chunkTarget: CHUNK_TARGET, tableSize: TABLE_SIZE }) {}

  static of(articles: Iterable<Article>, sizes?: { chunkTarget: number; tableSize: number }): SearchIndexBuilder {
    const builder = new SearchIndexBuilder(sizes);
    for (const article of articles) builder.add(article);
    return builder;
  }

  /** Folds in one article; returns its number, which names its fragment file (see searchFragmentFile). */
  add(article: Article): number {
    const id = this.count++;
    for (const [term, fields] of articleTerms(article)) {
      let postings = this.terms.get(term);
      if (!postings) this.terms.set(term, (postings = { any: new IdList() }));
      for (const field of fields) (postings[field] ??= new IdList()).push(id);
    }
    if (article.section) this.sections.set(article.section, (this.sections.get(article.section) ?? 0) + 1);
    if (article.date) {
      if (!this.earliest || article.date < this.earliest) this.earliest = article.date;
      if (!this.latest || article.date > this.latest) this.latest = article.date;
    }
    return id;
  }

  get size(): number {
    return this.count;
  }

  /**
   * The term chunks, the tables listing them, then the table of contents. A chunk ends before a term whose hash is a multiple of a step
   * chosen for the target size (content-defined cuts: one changed article moves no boundary but those of the terms
   * it adds or drops, so the other chunks keep their content and file name), or when it grows past twice the target.
   */
  *files(): Generator<FileEntry> {
    const sorted = [...this.terms.keys()].sort();
    const packed = sorted.map((term) => {
      const postings = this.terms.get(term)!;
      return Buffer.from(encodePostings({ any: postings.any.ids(), title: postings.title?.ids(), entity: postings.entity?.ids(), quote: postings.quote?.ids() })).toString('base64');
    });
    const totalBytes = packed.reduce((sum, text, i) => sum + text.length + sorted[i]!.length + 6, 0);
    const target = this.sizes.chunkTarget;
    const termsPerChunk = Math.max(1, (target * sorted.length) / Math.max(1, totalBytes));
    const step = 2 ** Math.max(0, Math.round(Math.log2(termsPerChunk)));
    const chunks: Array<[string, string]> = [];
    let terms: string[] = [];
    let postings: string[] = [];
    let bytes = 0;
    const flush = (): FileEntry => {
      const content = JSON.stringify(parseOrThrow(SearchChunk, { terms, postings }, 'search chunk'));
      const name = nameOf(content);
      chunks.push([chunks.length === 0 ? '' : terms[0]!, name]);
      terms = [];
      postings = [];
      bytes = 0;
      return [searchPaths.chunk(name), content];
    };
    for (const [i, term] of sorted.entries()) {
      const cut = terms.length > 0 && ((termHash(term) % step === 0 && bytes >= target / 4) || bytes >= target * 2);
      if (cut) yield flush();
      terms.push(term);
      postings.push(packed[i]!);
      bytes += packed[i]!.length + term.length + 6;
    }
    if (terms.length > 0 || chunks.length === 0) yield flush();
    const tables: Array<[string, string]> = [];
    for (let from = 0; from < chunks.length; from += this.sizes.tableSize) {
      const listed = chunks.slice(from, from + this.sizes.tableSize);
      const content = JSON.stringify(parseOrThrow(SearchTable, { chunks: listed }, 'search table'));
      const name = nameOf(content);
      tables.push([listed[0]![0], name]);
      yield [searchPaths.table(name), content];
    }
    const manifest: SearchManifest = {
      version: 1,
      docCount: this.count,
      tables,
      sections: [...this.sections].sort(([a], [b]) => a.localeCompare(b)),
      dates: this.earliest && this.latest ? [this.earliest, this.latest] : null,
    };
    yield [searchPaths.manifest, JSON.stringify(parseOrThrow(SearchManifest, manifest, searchPaths.manifest))];
  }
}
