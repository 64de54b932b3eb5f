// The one data model shared by the pipeline (Node) and the app (browser).
// zod/mini keeps the browser cost small; the pipeline validates every file before writing it,
// the app validates every file it fetches, so bad data is caught at both boundaries.
import * as z from 'zod/mini';

export const entityTypes = ['person', 'organization', 'place', 'event', 'other'] as const;
export const EntityType = z.enum(entityTypes);
export type EntityType = z.infer<typeof EntityType>;

const int = z.int().check(z.nonnegative());
/** ISO calendar date, YYYY-MM-DD. */
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * Where an article's publication date came from: its metadata, a dateline at the start of its text, or a weekday
 * and day at its start resolved inside the date window the site was built with.
 */
export const DateSource = z.enum(['metadata', 'dateline', 'window']);
export type DateSource = z.infer<typeof DateSource>;

/** A span of text inside one block of an article: block -1 is the headline. End is exclusive, UTF-16 units. */
export const Location = z.object({
  block: z.int().check(z.gte(-1)),
  start: int,
  end: int,
});
export type Location = z.infer<typeof Location>;

export const Block = z.object({
  /** Stable anchor, derived from the block's words ("p-3f2a1c"): survives edits elsewhere. */
  id: z.string(),
  /** A stage direction ("(Minute of silence.)") and a section break ("* * *") are never anyone's speech. */
  kind: z.enum(['paragraph', 'subheading', 'stage-direction', 'section-break']),
  text: z.string(),
});
export type Block = z.infer<typeof Block>;

export const Speaker = z.object({
  /** Entity id of the speaker, when resolved to an entity of this article. */
  entity: z.nullable(z.string()),
  /** Canonical name ("Vladimir Putin"), or the description as written when unresolved. */
  name: z.string(),
  /** The mention the attribution rests on ("he", "Putin's close ally"). */
  mention: z.optional(Location),
});
export type Speaker = z.infer<typeof Speaker>;

export const Quote = z.object({
  /** "quote-" + short hash of the quote's own words, with "-2", "-3" for repeats in one article. */
  id: z.string(),
  /** The quote's words, fragments joined by a space. */
  text: z.string(),
  /** One fragment per block: a quotation running over paragraphs has several, in reading order. */
  fragments: z.array(Location),
  speaker: z.nullable(Speaker),
  /** The attribution cue ("said", "according to"), when there is one. */
  cue: z.optional(z.object({ text: z.string(), location: Location })),
  /** 0..1: how sure the attribution is. The reader marks low-confidence quotes as such. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
  /** Set when a person corrected the attribution (content/corrections.json). */
  corrected: z.optional(z.boolean()),
});
export type Quote = z.infer<typeof Quote>;

/** A turn of a transcript: the words after a speaker label, up to the next label, a section break or the end. */
export const Turn = z.object({
  /** "turn-" + short hash of the turn's own words, with "-2", "-3" for repeats in one article. */
  id: z.string(),
  /** Who speaks (the mention is the name inside the label); null for an unnamed questioner ("Question:"). */
  speaker: z.nullable(Speaker),
  /** The label as written ("President of Russia Vladimir Putin:"). */
  label: Location,
  /** The turn's words, one fragment per block, in reading order; stage directions inside the turn included. */
  fragments: z.array(Location),
  /** Stage directions inside a paragraph of the turn ("(Laughter.)"): part of the turn, not of its speech. */
  stageDirections: z.optional(z.array(Location)),
});
export type Turn = z.infer<typeof Turn>;

export const ArticleEntity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  role: z.nullable(z.string()),
  /** True when the article is about this entity (headline or prominent), false when it only mentions it. */
  about: z.boolean(),
  mentions: z.array(Location),
});
export type ArticleEntity = z.infer<typeof ArticleEntity>;

/** What every list of articles shows about each one. */
const ArticleCard = z.object({
  slug: z.string(),
  title: z.string(),
  section: z.nullable(z.string()),
  date: z.nullable(IsoDate),
  /** Invented sample content: shown as fiction wherever it appears. */
  fiction: z.boolean(),
});

export const RelatedLink = z.extend(ArticleCard, {
  score: z.number(),
  reasons: z.array(z.string()),
});
export type RelatedLink = z.infer<typeof RelatedLink>;

export const Article = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  section: z.nullable(z.string()),
  /** Full date only when something says it is the publication date (see DateSource); never guessed. */
  date: z.nullable(IsoDate),
  /** The dateline's own words for a date whose year nothing gives ("Monday, September 19"). */
  dateText: z.nullable(z.string()),
  /** Where `date` came from; absent when the article is undated. */
  dateSource: z.optional(DateSource),
  /** Invented sample content: shown as fiction wherever it appears. */
  fiction: z.boolean(),
  readingMinutes: int,
  blocks: z.array(Block),
  quotes: z.array(Quote),
  /** Speaker-labelled turns of a transcript, in reading order; absent when the article has none. */
  turns: z.optional(z.array(Turn)),
  entities: z.array(ArticleEntity),
  related: z.array(RelatedLink),
});
export type Article = z.infer<typeof Article>;

export const EntityRef = z.object({ id: z.string(), name: z.string(), type: EntityType });
export type EntityRef = z.infer<typeof EntityRef>;

export const ArticleSummary = z.extend(ArticleCard, {
  dateText: z.nullable(z.string()),
  dateSource: z.optional(DateSource),
  readingMinutes: int,
  quoteCount: int,
  /** The entities the article is about, most prominent first. */
  mainEntities: z.array(EntityRef),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** How a long list is split into files: the first page is inline, page n (from 2) at the list's `pages/n.json`. */
export const Paging = z.object({ total: int, pageSize: int, pageCount: int });
export type Paging = z.infer<typeof Paging>;

export const ArticleIndex = z.object({
  /** Newest first; undated articles after dated ones. The first page when `paging` is given. */
  articles: z.array(ArticleSummary),
  /** Set when the list goes on in `index/<n>.json` files. */
  paging: z.optional(Paging),
});
export type ArticleIndex = z.infer<typeof ArticleIndex>;

/** `index/<n>.json`: one more page of the article list. */
export const ArticleIndexPage = z.object({ page: int, articles: z.array(ArticleSummary) });
export type ArticleIndexPage = z.infer<typeof ArticleIndexPage>;

export const EntitySummary = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  articleCount: int,
  mentionCount: int,
  quoteCount: int,
});
export type EntitySummary = z.infer<typeof EntitySummary>;

export const EntityIndex = z.object({
  /** Most-covered first. The first page when `paging` is given. */
  entities: z.array(EntitySummary),
  /** Set when the list goes on in `entities/index/<n>.json` files. */
  paging: z.optional(Paging),
});
export type EntityIndex = z.infer<typeof EntityIndex>;

/** `entities/index/<n>.json`: one more page of the entity list. */
export const EntityIndexPage = z.object({ page: int, entities: z.array(EntitySummary) });
export type EntityIndexPage = z.infer<typeof EntityIndexPage>;

const EntityArticle = z.extend(ArticleCard, { mentionCount: int });

const EntityQuote = z.object({
  articleSlug: z.string(),
  articleTitle: z.string(),
  date: z.nullable(IsoDate),
  fiction: z.boolean(),
  quoteId: z.string(),
  text: z.string(),
});

/** A turn the entity spoke in a transcript: where, and how it begins. */
const EntityTurn = z.object({
  articleSlug: z.string(),
  articleTitle: z.string(),
  date: z.nullable(IsoDate),
  fiction: z.boolean(),
  turnId: z.string(),
  /** The turn's opening words (a long turn is cut at a word boundary, with "…"). */
  text: z.string(),
});

export const EntityPage = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  /** Other forms the corpus wrote the entity in ("Lib Dems" for the Liberal Democrats), most used first. */
  aliases: z.optional(z.array(z.string())),
  roles: z.array(z.string()),
  /** Newest first; the first page when `articlePaging` is given (more in `entities/<id>/articles/<n>.json`). */
  articles: z.array(EntityArticle),
  articlePaging: z.optional(Paging),
  /** Newest first; the first page when `quotePaging` is given (more in `entities/<id>/quotes/<n>.json`). */
  quotes: z.array(EntityQuote),
  quotePaging: z.optional(Paging),
  /** Turns the entity spoke in transcripts, newest first; absent when none. The first `turnLimit` only. */
  turns: z.optional(z.array(EntityTurn)),
  /** How many turns in all, when more than the list holds. */
  turnTotal: z.optional(int),
  /** Entities that appear in the same articles, most frequent first. */
  coMentions: z.array(z.object({ id: z.string(), name: z.string(), type: EntityType, count: int })),
});
export type EntityPage = z.infer<typeof EntityPage>;

export const EntityArticlesPage = z.object({ page: int, articles: z.array(EntityArticle) });
export type EntityArticlesPage = z.infer<typeof EntityArticlesPage>;
export const EntityQuotesPage = z.object({ page: int, quotes: z.array(EntityQuote) });
export type EntityQuotesPage = z.infer<typeof EntityQuotesPage>;

/**
 * `search/index.json`: the search index's table of contents, fetched when the reader starts searching. Terms (words
 * and filter terms, see searchIndex.ts) are sorted and cut into chunks, each one file named by its content. The
 * chunks are listed, by first term, in tables of a few hundred (`search/tables/<name>.json`), listed here the same
 * way: a query fetches this file, one table and one chunk per word, so none of them grows much with the corpus.
 */
export const SearchManifest = z.object({
  version: z.literal(1),
  /** Articles in the index; an article's number (0…docCount-1) names its file `search/docs/<n>.json`. */
  docCount: int,
  /** [first term, file name] of each table of chunks, in term order; the first one's first term is "". */
  tables: z.array(z.tuple([z.string(), z.string()])),
  /** Every section with its number of articles, for the section filter. */
  sections: z.array(z.tuple([z.string(), int])),
  /** The earliest and latest dates of the articles, when any is dated. */
  dates: z.nullable(z.tuple([IsoDate, IsoDate])),
});
export type SearchManifest = z.infer<typeof SearchManifest>;

/** `search/tables/<name>.json`: [first term, file name] of each chunk of a stretch of terms, in term order. */
export const SearchTable = z.object({ chunks: z.array(z.tuple([z.string(), z.string()])) });
export type SearchTable = z.infer<typeof SearchTable>;

/** `search/terms/<name>.json`: sorted terms and each one's postings (packed lists of article numbers, base64). */
export const SearchChunk = z.object({ terms: z.array(z.string()), postings: z.array(z.string()) });
export type SearchChunk = z.infer<typeof SearchChunk>;

/** `search/docs/<n>.json`: what a search result shows of one article, and the text its snippets come from. */
export const SearchFragment = z.object({
  summary: ArticleSummary,
  /** The body, block by block. */
  text: z.array(z.string()),
  entities: z.array(z.string()),
  quotes: z.array(z.object({ id: z.string(), text: z.string(), speaker: z.nullable(z.string()) })),
});
export type SearchFragment = z.infer<typeof SearchFragment>;

/**
 * `entity-buckets/<n>.json`: the entities of one hash bucket (src/shared/entityBuckets.ts). An entity without a
 * file of its own is here whole (its first pages, as `entities/<id>.json` would hold them); an entity with its own
 * file and prerendered page is named in `own`, so a lookup never has to guess.
 */
export const EntityBucket = z.object({ entities: z.array(EntityPage), own: z.array(z.string()) });
export type EntityBucket = z.infer<typeof EntityBucket>;

/**
 * `entity-layout.json` (also in every prerendered page's seed): how many buckets there are, 0 when every entity has
 * its own data; and where an item with a page of its own keeps its data — every article, an entity with its own page:
 * its data file (`articles/<slug>.json`, `entities/<id>.json`), or (`page`) only its prerendered page's seed, which the
 * static site of a big corpus does not repeat in a data file.
 */
export const EntityLayout = z.object({ buckets: int, ownData: z.optional(z.enum(['file', 'page'])) });
export type EntityLayout = z.infer<typeof EntityLayout>;

/** `slugs.json`: links never rot — the current slug of each article id, and every old slug still pointing at one. */
export const SlugMap = z.object({
  /** Current slug of each article id. */
  articles: z.record(z.string(), z.string()),
  /** Old slug → article id. */
  aliases: z.record(z.string(), z.string()),
  /** Old entity id → the entity it became (merged into another, or renamed): old entity links keep working. */
  entities: z.optional(z.record(z.string(), z.string())),
});
export type SlugMap = z.infer<typeof SlugMap>;

/** Parses data at a boundary; throws an Error naming what was wrong and where it came from. */
export function parseOrThrow<T>(schema: z.ZodMiniType<T>, data: unknown, source: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const path = first?.path.length ? first.path.join('.') : '(root)';
  throw new Error(`${source}: invalid data at ${path}: ${first?.message ?? 'unknown problem'}`);
}
