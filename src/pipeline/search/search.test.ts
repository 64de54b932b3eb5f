// The chunked search end to end: the index the pipeline writes, read by the app's engine through a loader that
// serves the written files (as the static site would).
import { describe, expect, it } from 'vitest';
import { parseOrThrow, SearchManifest, type Article } from '../../shared/schema.ts';
import { decodePostings, encodePostings } from '../../shared/searchIndex.ts';
import { openSearch, type Loader } from '../../app/features/search/engine.ts';
import { emptyRequest, type SearchRequest } from '../../app/features/search/request.ts';
import { summarize } from '../output/siteData.ts';
import { searchFragmentFile } from './fragments.ts';
import { SearchIndexBuilder } from './indexBuilder.ts';

const FILLER = ['The committee met again on the pier.', 'Tides were low all week along the coast.', 'A new timetable was printed for the buses.'];

function article(n: number, extra: Partial<Article> & { body?: string[]; quote?: [text: string, speaker: string] } = {}): Article {
  const { body, quote, ...rest } = extra;
  const paragraphs = body ?? FILLER;
  return {
    id: `a-${n}`,
    slug: `article-${n}`,
    title: `Harwick notes number ${n}`,
    section: n % 2 ? 'Harbour' : 'Town',
    date: `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    dateText: null,
    fiction: true,
    readingMinutes: 1,
    blocks: paragraphs.map((text, i) => ({ id: `p-${i + 1}`, kind: 'paragraph' as const, text })),
    quotes: quote ? [{ id: `quote-${n}`, text: quote[0], fragments: [{ block: 0, start: 0, end: 1 }], speaker: { entity: quote[1].toLowerCase(), name: quote[1] }, confidence: 0.9 }] : [],
    entities: [{ id: 'ada-quill', name: 'Ada Quill', type: 'person', role: null, about: true, mentions: [] }].slice(0, n % 3 === 0 ? 1 : 0) as Article['entities'],
    related: [],
    ...rest,
  };
}

function corpus(count: number, special: Record<number, Parameters<typeof article>[1]>): Article[] {
  return Array.from({ length: count }, (_, n) => article(n, special[n] ?? {}));
}

const SIZES = { chunkTarget: 256, tableSize: 8 };

/** Small chunks and tables, so a few hundred short articles need several tables of them, as a big corpus does. */
function siteOf(articles: Article[]): Map<string, string> {
  const files = new Map(SearchIndexBuilder.of(articles, SIZES).files());
  articles.forEach((a, id) => files.set(...searchFragmentFile(a, summarize(a), id)));
  return files;
}

/** A loader over written files; `broken` answers for a path instead of its file (a failing host). */
function loaderOf(files: Map<string, string>, broken: (path: string) => string | null = () => null): Loader & { paths: string[] } {
  const paths: string[] = [];
  const load = (async <T>(path: string, schema: Parameters<Loader>[1]) => {
    paths.push(path);
    const body = broken(path) ?? files.get(path);
    if (body === undefined) throw new Error(`not found: ${path}`);
    return parseOrThrow(schema, JSON.parse(body), path) as T;
  }) as Loader & { paths: string[] };
  load.paths = paths;
  return load;
}

const ask = (request: Partial<SearchRequest>): SearchRequest => ({ ...emptyRequest, ...request });

const DEEP = [...FILLER, ...FILLER, 'Late in the evening the lighthouse keeper counted seventeen gulls on the breakwater.'];
const articles = corpus(400, {
  7: { body: DEEP },
  11: { quote: ['The breakwater will hold through winter', 'Ada Quill'] },
  12: { quote: ['Nobody asked about winter', 'Tom Reyes'], body: [...FILLER, 'Ada Quill spoke about the breakwater earlier.'] },
  13: { title: 'São Brás festival returns', section: 'Culture' },
});

describe('the chunked search index', () => {
  const files = siteOf(articles);

  it('finds a phrase from the last paragraph of one article among hundreds, and marks the words in a snippet', async () => {
    const engine = await openSearch(loaderOf(files));
    const results = await engine.search(ask({ q: 'keeper counted seventeen gulls' }), 10);
    expect(results.total).toBe(1);
    expect(results.hits[0]!.summary.slug).toBe('article-7');
    const text = results.hits[0]!.reasons.find((reason) => reason.field === 'text');
    expect(text && 'snippet' in text ? text.snippet.filter((part) => part.hit).map((part) => part.text) : []).toEqual(['keeper', 'counted', 'seventeen', 'gulls']);
  });

  it('fetches only the table of contents, a few chunks and the fragments shown', async () => {
    const load = loaderOf(files);
    const engine = await openSearch(load);
    await engine.search(ask({ q: 'lighthouse' }), 10);
    expect([...files.keys()].filter((path) => path.startsWith('search/terms/')).length).toBeGreaterThan(SIZES.tableSize * 3);
    expect(load.paths.filter((path) => path.startsWith('search/tables/'))).toHaveLength(1);
    expect(load.paths.filter((path) => path.startsWith('search/terms/'))).toHaveLength(1);
    expect(load.paths.filter((path) => path.startsWith('search/docs/'))).toEqual(['search/docs/7.json']);
  });

  it('needs every word, lets the word being typed match as a prefix, and folds case and accents', async () => {
    const engine = await openSearch(loaderOf(files));
    expect((await engine.search(ask({ q: 'lighthouse gulls' }), 10)).total).toBe(1);
    expect((await engine.search(ask({ q: 'lighthouse festival' }), 10)).total).toBe(0);
    expect((await engine.search(ask({ q: 'lightho' }), 10)).hits.map((hit) => hit.summary.slug)).toEqual(['article-7']);
    // a finished word (followed by a space) is matched whole
    expect((await engine.search(ask({ q: 'lightho ' }), 10)).total).toBe(0);
    expect((await engine.search(ask({ q: 'SAO BRAS' }), 10)).hits.map((hit) => hit.summary.slug)).toEqual(['article-13']);
  });

  it('a phrase in quotes needs its words side by side and in order, within one paragraph', async () => {
    const engine = await openSearch(loaderOf(files));
    const slugs = async (q: string, speaker = '') => (await engine.search(ask({ q, speaker }), 10)).hits.map((hit) => hit.summary.slug);
    expect(await slugs('"keeper counted seventeen gulls"')).toEqual(['article-7']);
    expect(await slugs('“counted seventeen”')).toEqual(['article-7']);
    // every word is in article 7, but not in this order, or not side by side
    expect(await slugs('gulls keeper')).toEqual(['article-7']);
    expect(await slugs('"gulls keeper"')).toEqual([]);
    expect(await slugs('"keeper seventeen"')).toEqual([]);
    // words of two paragraphs: "pier." ends one, "Tides" starts the next
    expect((await engine.search(ask({ q: 'pier tides' }), 10)).total).toBeGreaterThan(0);
    expect(await slugs('"pier tides"')).toEqual([]);
    // an open quote at the end is being typed: its last word is a prefix; a closed one is whole words
    expect(await slugs('"counted sevent')).toEqual(['article-7']);
    expect(await slugs('"counted sevent"')).toEqual([]);
    // a phrase with a speaker: in that speaker's quotes
    expect(await slugs('"will hold"', 'quill')).toEqual(['article-11']);
    expect(await slugs('"hold will"', 'quill')).toEqual([]);
  });

  it('checks the candidates for a phrase a page at a time: the total is exact once all are checked, else an upper bound', async () => {
    const engine = await openSearch(loaderOf(files));
    // "timetable was printed" is in every article with the filler; "was printed timetable" in none
    const all = await engine.search(ask({ q: '"timetable was printed"' }), 10);
    expect(all.hits).toHaveLength(10);
    expect(all.approximate).toBe(true);
    expect(all.total).toBeGreaterThan(300);
    const none = await engine.search(ask({ q: '"printed was timetable"' }), 10);
    expect(none).toMatchObject({ hits: [], approximate: true });
    const rare = await engine.search(ask({ q: '"lighthouse keeper"' }), 10);
    expect(rare).toMatchObject({ total: 1, approximate: false });
  });

  it('finds a phrase from a body paragraph among many candidates whose headlines hold its words apart', async () => {
    const headlines = Array.from({ length: 80 }, (_, n) => article(n, { title: `News of ferry ${n} and the tide`, body: ['The tide turned; news of the ferry spread.'] }));
    const holder = article(80, { title: 'Harbour notes', body: ['Locals read the ferry tide news each morning.'] });
    const engine = await openSearch(loaderOf(siteOf([...headlines, holder])));
    const found = await engine.search(ask({ q: '"ferry tide news"' }), 10);
    expect(found.hits.map((hit) => hit.summary.slug)).toEqual(['article-80']);
  });

  it('finds what a speaker said: the words must be in a quote by that speaker', async () => {
    const engine = await openSearch(loaderOf(files));
    // both articles have "breakwater" and name Ada Quill; only one has her saying it
    const said = await engine.search(ask({ q: 'breakwater', speaker: 'quill' }), 10);
    expect(said.hits.map((hit) => hit.summary.slug)).toEqual(['article-11']);
    expect(said.hits[0]!.reasons[0]).toMatchObject({ field: 'quote', speaker: 'Ada Quill', quoteId: 'quote-11' });
    expect((await engine.search(ask({ q: 'winter', speaker: 'Tom Reyes' }), 10)).hits.map((hit) => hit.summary.slug)).toEqual(['article-12']);
    // a speaker alone: every article quoting them
    expect((await engine.search(ask({ speaker: 'reyes' }), 10)).total).toBe(1);
  });

  it('filters by section, by a name mentioned and by date range', async () => {
    const engine = await openSearch(loaderOf(files));
    expect(engine.sections.map((section) => section.name)).toEqual(['Culture', 'Harbour', 'Town']);
    const all = (await engine.search(ask({ q: 'timetable' }), 1000)).total;
    const harbour = await engine.search(ask({ q: 'timetable', section: 'Harbour' }), 1000);
    expect(harbour.total).toBeGreaterThan(0);
    expect(harbour.total).toBeLessThan(all);
    expect(harbour.hits.every((hit) => hit.summary.section === 'Harbour')).toBe(true);
    const mentions = await engine.search(ask({ q: 'timetable', mentions: 'Ada Quill' }), 1000);
    expect(mentions.total).toBe(articles.filter((a) => a.entities.length > 0 && a.blocks.some((b) => b.text.includes('timetable'))).length);
    const march = await engine.search(ask({ q: 'timetable', from: '2024-03-01', to: '2024-04-10' }), 1000);
    const expected = articles.filter((a) => a.date! >= '2024-03-01' && a.date! <= '2024-04-10' && a.blocks.some((b) => b.text.includes('timetable')));
    expect(march.total).toBe(expected.length);
    expect(march.hits.every((hit) => hit.summary.date! >= '2024-03-01' && hit.summary.date! <= '2024-04-10')).toBe(true);
  });

  it('a corrupt or missing chunk fails the search, and a later search fetches it again', async () => {
    let broken = true;
    const load = loaderOf(files, (path) => (broken && path.startsWith('search/terms/') ? '{"terms":["a"],"postings":["////"]}' : null));
    const engine = await openSearch(load);
    await expect(engine.search(ask({ q: 'lighthouse' }), 10)).rejects.toThrow();
    broken = false;
    expect((await engine.search(ask({ q: 'lighthouse' }), 10)).total).toBe(1);
  });

  it('one changed article rewrites only the chunks of the terms it adds or drops', () => {
    const changed = siteOf(articles.map((a, n) => (n === 200 ? { ...a, blocks: [...a.blocks, { id: 'p-9', kind: 'paragraph' as const, text: 'Updated with a zeppelin.' }] } : a)));
    const chunks = (site: Map<string, string>) => new Set([...site.keys()].filter((path) => /^search\/(terms|tables)\//.test(path)));
    const before = chunks(files);
    const after = chunks(changed);
    const rewritten = [...after].filter((path) => !before.has(path));
    expect(rewritten.length).toBeGreaterThan(0);
    // a chunk or two and the tables listing them
    expect(rewritten.length).toBeLessThanOrEqual(6);
    expect(parseOrThrow(SearchManifest, JSON.parse(changed.get('search/index.json')!), 'manifest').docCount).toBe(400);
  });
});

describe('postings', () => {
  it('round-trip as deltas or as a bitmap, whichever is smaller', () => {
    const sparse = [3, 900, 70_000];
    const dense = Array.from({ length: 5000 }, (_, i) => i * 2);
    for (const any of [sparse, dense]) {
      const bytes = Uint8Array.from(encodePostings({ any, quote: any.slice(0, 2) }));
      expect(decodePostings(bytes, 100_000)).toEqual({ any, title: [], entity: [], quote: any.slice(0, 2) });
    }
    expect(encodePostings({ any: dense }).length).toBeLessThan(1300);
    expect(() => decodePostings(Uint8Array.from([1, 5, 0]), 100)).toThrow(/end/);
    expect(() => decodePostings(Uint8Array.from(encodePostings({ any: [150] })), 100)).toThrow(/beyond/);
  });
});

describe('typed filters', () => {
  it('speaker: in the words searches that speaker’s quotes', async () => {
    const engine = await openSearch(loaderOf(siteOf(articles)));
    expect((await engine.search(ask({ q: 'speaker:quill breakw' }), 10)).hits.map((hit) => hit.summary.slug)).toEqual(['article-11']);
  });
});
