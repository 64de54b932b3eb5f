// The corpus-level views the app reads: the article index, the entity index and one page per entity.
import type { Article, ArticleIndex, ArticleSummary, EntityIndex, EntityPage, EntityType } from '../../shared/schema.ts';

const MAIN_ENTITIES = 4;
const CO_MENTIONS = 12;
/** Turns listed on an entity page (a leader speaks in hundreds); the page says how many there are in all. */
export const ENTITY_TURNS = 60;
/** A turn on an entity page shows its opening words. */
const TURN_OPENING_CHARS = 220;

/** The opening words of a turn, cut at a word boundary. */
export function turnOpening(article: Pick<Article, 'blocks'>, turn: NonNullable<Article['turns']>[number]): string {
  const words = turn.fragments
    .map((f) => article.blocks[f.block]?.text.slice(f.start, f.end) ?? '')
    .join(' ')
    .slice(0, TURN_OPENING_CHARS + 1);
  if (words.length <= TURN_OPENING_CHARS) return words;
  const cut = words.lastIndexOf(' ', TURN_OPENING_CHARS);
  return `${words.slice(0, cut > 0 ? cut : TURN_OPENING_CHARS).replace(/[\s,;:]+$/, '')}…`;
}

/** Newest first; undated articles after dated ones; ties by title so the order is stable. */
export function compareNewestFirst(a: Pick<Article, 'date' | 'title'>, b: Pick<Article, 'date' | 'title'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title);
}

export function summarize(article: Article): ArticleSummary {
  const main = article.entities.filter((e) => e.about);
  const ranked = (main.length ? main : article.entities).slice(0, MAIN_ENTITIES);
  return {
    slug: article.slug,
    title: article.title,
    section: article.section,
    date: article.date,
    dateText: article.dateText,
    ...(article.dateSource ? { dateSource: article.dateSource } : {}),
    fiction: article.fiction,
    readingMinutes: article.readingMinutes,
    quoteCount: article.quotes.length,
    mainEntities: ranked.map((e) => ({ id: e.id, name: e.name, type: e.type })),
  };
}

/** An article's summary with its position in the input, which breaks date-and-title ties. */
export type PlacedSummary = ArticleSummary & { ordinal: number };

/** The article index from summaries gathered in any order: newest first, ties in input order. */
export function indexOfSummaries(summaries: Iterable<PlacedSummary>): ArticleIndex {
  return { articles: [...summaries].sort((a, b) => compareNewestFirst(a, b) || a.ordinal - b.ordinal).map(({ ordinal: _, ...summary }) => summary) };
}

export function articleIndex(articles: readonly Article[]): ArticleIndex {
  return indexOfSummaries(articles.map((article, ordinal) => ({ ...summarize(article), ordinal })));
}

/** What an entity page shows of an article; its position in the input breaks date ties, so views never depend on
 * the order articles arrive in. */
interface ArticleCard {
  ordinal: number;
  slug: string;
  title: string;
  section: string | null;
  date: string | null;
  fiction: boolean;
}

const compareCards = (a: ArticleCard, b: ArticleCard) => compareNewestFirst(a, b) || a.ordinal - b.ordinal;

/** One entity's rows, one per article that mentions it, as parallel arrays: 2.5 million rows fit in ~100 MB. */
interface EntityRows {
  ordinals: number[];
  mentions: number[];
  names: string[];
  types: EntityType[];
  roles: Array<string | null>;
  quotes: Array<{ ordinal: number; quoteId: string; text: string }>;
  turns: Array<{ ordinal: number; turnId: string; text: string }>;
}

/** The most frequent value; a tie goes to the one seen first. */
function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0] as T;
  let bestCount = 0;
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}

export interface EntityViews {
  index: EntityIndex;
  /** Most-covered first, each built only when reached, so a big corpus's pages are never all in memory. */
  pages: Iterable<EntityPage>;
}

/**
 * The entity index and pages, folded one article at a time so a big corpus is never held in memory: each entity
 * keeps a few numbers per article that mentions it. The result is the same whatever order articles arrive in.
 */
export class EntityViewsBuilder {
  private readonly rows = new Map<string, EntityRows>();
  private readonly cards = new Map<number, ArticleCard>();
  /** Per article (by ordinal), the ids of its entities: co-mentions are counted from these. */
  private readonly entityIdsOf = new Map<number, string[]>();
  /** Names, roles and sections repeat across thousands of articles: one copy each. */
  private readonly strings = new Map<string, string>();

  private intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  add(article: Article, ordinal: number): void {
    this.cards.set(ordinal, { ordinal, slug: article.slug, title: article.title, section: article.section === null ? null : this.intern(article.section), date: article.date, fiction: article.fiction });
    for (const entity of article.entities) {
      let rows = this.rows.get(entity.id);
      if (!rows) this.rows.set(entity.id, (rows = { ordinals: [], mentions: [], names: [], types: [], roles: [], quotes: [], turns: [] }));
      rows.ordinals.push(ordinal);
      rows.mentions.push(entity.mentions.length);
      rows.names.push(this.intern(entity.name));
      rows.types.push(entity.type);
      rows.roles.push(entity.role ? this.intern(entity.role) : null);
      for (const quote of article.quotes) if (quote.speaker?.entity === entity.id) rows.quotes.push({ ordinal, quoteId: quote.id, text: quote.text });
      for (const turn of article.turns ?? []) {
        if (turn.speaker?.entity === entity.id) rows.turns.push({ ordinal, turnId: turn.id, text: turnOpening(article, turn) });
      }
    }
    this.entityIdsOf.set(ordinal, article.entities.map((e) => this.intern(e.id)));
  }

  /** The views; `aliasesOf` gives the other forms the corpus wrote an entity in ("also written as"). */
  views(aliasesOf: (id: string) => readonly string[] = () => []): EntityViews {
    // each entity's rows newest first, sorted once for its name, type and page
    const orders = new Map([...this.rows].map(([id, rows]) => [id, this.inArticleOrder(rows)]));
    const summaries = [...this.rows].map(([id, rows]) => ({
      id,
      name: mostCommon(orders.get(id)!.map((i) => rows.names[i]!)),
      type: mostCommon(orders.get(id)!.map((i) => rows.types[i]!)),
      articleCount: rows.ordinals.length,
      mentionCount: rows.mentions.reduce((sum, n) => sum + n, 0),
      quoteCount: rows.quotes.length,
    }));
    summaries.sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
    const byId = new Map(summaries.map((summary) => [summary.id, summary]));
    return { index: { entities: summaries }, pages: this.pages(summaries, byId, orders, aliasesOf) };
  }

  /** Row numbers of an entity's articles, newest first. */
  private inArticleOrder(rows: EntityRows): number[] {
    return rows.ordinals.map((_, i) => i).sort((x, y) => compareCards(this.cards.get(rows.ordinals[x]!)!, this.cards.get(rows.ordinals[y]!)!));
  }

  private *pages(summaries: EntityIndex['entities'], byId: ReadonlyMap<string, EntityIndex['entities'][number]>, orders: ReadonlyMap<string, number[]>, aliasesOf: (id: string) => readonly string[]): Generator<EntityPage> {
    for (const summary of summaries) {
      const rows = this.rows.get(summary.id)!;
      const order = orders.get(summary.id)!;
      const articleRank = new Map(order.map((i, rank) => [rows.ordinals[i]!, rank]));
      const quotes = rows.quotes.map((quote, i) => ({ quote, i })).sort((x, y) => articleRank.get(x.quote.ordinal)! - articleRank.get(y.quote.ordinal)! || x.i - y.i);
      // newest article first, each article's turns in reading order
      const turns = rows.turns.map((turn, i) => ({ turn, i })).sort((x, y) => articleRank.get(x.turn.ordinal)! - articleRank.get(y.turn.ordinal)! || x.i - y.i);
      const aliases = aliasesOf(summary.id);
      yield {
        id: summary.id,
        name: summary.name,
        type: summary.type,
        ...(aliases.length ? { aliases: [...aliases] } : {}),
        roles: [...new Set(order.flatMap((i) => (rows.roles[i] ? [rows.roles[i]!] : [])))],
        articles: order.map((i) => {
          const card = this.cards.get(rows.ordinals[i]!)!;
          return { slug: card.slug, title: card.title, section: card.section, date: card.date, fiction: card.fiction, mentionCount: rows.mentions[i]! };
        }),
        quotes: quotes.map(({ quote }) => {
          const card = this.cards.get(quote.ordinal)!;
          return { articleSlug: card.slug, articleTitle: card.title, date: card.date, fiction: card.fiction, quoteId: quote.quoteId, text: quote.text };
        }),
        ...(turns.length > 0
          ? {
              turns: turns.slice(0, ENTITY_TURNS).map(({ turn }) => {
                const card = this.cards.get(turn.ordinal)!;
                return { articleSlug: card.slug, articleTitle: card.title, date: card.date, fiction: card.fiction, turnId: turn.turnId, text: turn.text };
              }),
              ...(turns.length > ENTITY_TURNS ? { turnTotal: turns.length } : {}),
            }
          : {}),
        coMentions: this.coMentions(summary.id, rows)
          .sort((a, b) => b[1] - a[1] || byId.get(a[0])!.name.localeCompare(byId.get(b[0])!.name))
          .slice(0, CO_MENTIONS)
          .map(([other, count]) => ({ id: other, name: byId.get(other)!.name, type: byId.get(other)!.type, count })),
      };
    }
  }

  /** How many articles mention `id` together with each other entity. */
  private coMentions(id: string, rows: EntityRows): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const ordinal of rows.ordinals) {
      for (const other of this.entityIdsOf.get(ordinal) ?? []) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return [...counts];
  }
}

/** The entity index and every entity page of a set of articles held in memory. */
export function entityViews(articles: readonly Article[]): { index: EntityIndex; pages: EntityPage[] } {
  const builder = new EntityViewsBuilder();
  articles.forEach((article, ordinal) => builder.add(article, ordinal));
  const views = builder.views();
  return { index: views.index, pages: [...views.pages] };
}
