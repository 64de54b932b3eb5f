// The corpus-level views the app reads: the article index, the entity index and one page per entity.
import type { Article, ArticleIndex, ArticleSummary, EntityIndex, EntityPage, EntityType } from '../../shared/schema.ts';

const MAIN_ENTITIES = 4;
const CO_MENTIONS = 12;

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
    fiction: article.fiction,
    readingMinutes: article.readingMinutes,
    quoteCount: article.quotes.length,
    mainEntities: ranked.map((e) => ({ id: e.id, name: e.name, type: e.type })),
  };
}

export function articleIndex(articles: readonly Article[]): ArticleIndex {
  return { articles: [...articles].sort(compareNewestFirst).map(summarize) };
}

/** Where an article sits in the corpus: its input position breaks ties, so the views never depend on timing. */
interface ArticleKey {
  ordinal: number;
  date: string | null;
  title: string;
}

const compareArticleKeys = (a: ArticleKey, b: ArticleKey) => compareNewestFirst(a, b) || a.ordinal - b.ordinal;

/** One article's line on an entity page, with what the entity is called, typed and doing there. */
interface EntityRow {
  article: ArticleKey;
  name: string;
  type: EntityType;
  role: string | null;
  mentions: number;
  entry: EntityPage['articles'][number];
  quotes: EntityPage['quotes'];
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
  pages: EntityPage[];
}

/**
 * The entity index and pages, folded one article at a time so a big corpus is never held in memory: each entity
 * keeps one small row per article that mentions it. The result is the same whatever order articles arrive in.
 */
export class EntityViewsBuilder {
  private readonly rows = new Map<string, EntityRow[]>();
  /** Per article (by ordinal), the ids of its entities: co-mentions are counted at the end from these. */
  private readonly entityIdsOf = new Map<number, string[]>();
  /** Names, types and titles repeat across thousands of articles: one copy each. */
  private readonly strings = new Map<string, string>();

  private intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  add(article: Article, ordinal: number): void {
    const key: ArticleKey = { ordinal, date: article.date, title: this.intern(article.title) };
    const slug = article.slug;
    for (const entity of article.entities) {
      let list = this.rows.get(entity.id);
      if (!list) this.rows.set(entity.id, (list = []));
      const quotes = article.quotes
        .filter((quote) => quote.speaker?.entity === entity.id)
        .map((quote) => ({ articleSlug: slug, articleTitle: key.title, date: article.date, fiction: article.fiction, quoteId: quote.id, text: quote.text }));
      list.push({
        article: key,
        name: this.intern(entity.name),
        type: entity.type,
        role: entity.role ? this.intern(entity.role) : null,
        mentions: entity.mentions.length,
        entry: { slug, title: key.title, section: article.section === null ? null : this.intern(article.section), date: article.date, fiction: article.fiction, mentionCount: entity.mentions.length },
        quotes,
      });
    }
    this.entityIdsOf.set(ordinal, article.entities.map((e) => this.intern(e.id)));
  }

  views(): EntityViews {
    for (const list of this.rows.values()) list.sort((a, b) => compareArticleKeys(a.article, b.article));
    const nameOf = new Map<string, string>();
    const typeOf = new Map<string, EntityType>();
    for (const [id, list] of this.rows) {
      nameOf.set(id, mostCommon(list.map((row) => row.name)));
      typeOf.set(id, mostCommon(list.map((row) => row.type)));
    }
    const pages: EntityPage[] = [...this.rows].map(([id, list]) => ({
      id,
      name: nameOf.get(id)!,
      type: typeOf.get(id)!,
      roles: [...new Set(list.flatMap((row) => (row.role ? [row.role] : [])))],
      articles: list.map((row) => row.entry),
      quotes: list.flatMap((row) => row.quotes),
      coMentions: this.coMentions(id, list)
        .sort((a, b) => b[1] - a[1] || nameOf.get(a[0])!.localeCompare(nameOf.get(b[0])!))
        .slice(0, CO_MENTIONS)
        .map(([other, count]) => ({ id: other, name: nameOf.get(other)!, type: typeOf.get(other)!, count })),
    }));
    pages.sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
    const mentionCount = (id: string) => this.rows.get(id)!.reduce((sum, row) => sum + row.mentions, 0);
    const index: EntityIndex = {
      entities: pages.map((p) => ({ id: p.id, name: p.name, type: p.type, articleCount: p.articles.length, mentionCount: mentionCount(p.id), quoteCount: p.quotes.length })),
    };
    return { index, pages };
  }

  /** How many articles mention `id` together with each other entity. */
  private coMentions(id: string, list: readonly EntityRow[]): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const row of list) {
      for (const other of this.entityIdsOf.get(row.article.ordinal) ?? []) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return [...counts];
  }
}

export function entityViews(articles: readonly Article[]): EntityViews {
  const builder = new EntityViewsBuilder();
  articles.forEach((article, ordinal) => builder.add(article, ordinal));
  return builder.views();
}
