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

interface EntityAccumulator {
  id: string;
  names: Map<string, number>;
  types: Map<EntityType, number>;
  roles: Set<string>;
  page: EntityPage['articles'];
  quotes: EntityPage['quotes'];
  mentionCount: number;
  coMentions: Map<string, number>;
}

function mostCommon<T>(counts: Map<T, number>): T {
  let best: T | undefined;
  let bestCount = -1;
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count];
  return best as T;
}

function bump<T>(counts: Map<T, number>, key: T, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Folds every article's entities into one record per entity id. */
function accumulateEntities(articles: readonly Article[]): Map<string, EntityAccumulator> {
  const byId = new Map<string, EntityAccumulator>();
  for (const article of [...articles].sort(compareNewestFirst)) {
    for (const entity of article.entities) {
      let acc = byId.get(entity.id);
      if (!acc) {
        acc = { id: entity.id, names: new Map(), types: new Map(), roles: new Set(), page: [], quotes: [], mentionCount: 0, coMentions: new Map() };
        byId.set(entity.id, acc);
      }
      bump(acc.names, entity.name);
      bump(acc.types, entity.type);
      if (entity.role) acc.roles.add(entity.role);
      acc.mentionCount += entity.mentions.length;
      acc.page.push({ slug: article.slug, title: article.title, section: article.section, date: article.date, fiction: article.fiction, mentionCount: entity.mentions.length });
      for (const other of article.entities) if (other.id !== entity.id) bump(acc.coMentions, other.id);
      for (const quote of article.quotes) {
        if (quote.speaker?.entity !== entity.id) continue;
        acc.quotes.push({ articleSlug: article.slug, articleTitle: article.title, date: article.date, fiction: article.fiction, quoteId: quote.id, text: quote.text });
      }
    }
  }
  return byId;
}

export interface EntityViews {
  index: EntityIndex;
  pages: EntityPage[];
}

export function entityViews(articles: readonly Article[]): EntityViews {
  const byId = accumulateEntities(articles);
  const nameOf = (id: string) => mostCommon(byId.get(id)!.names);
  const typeOf = (id: string) => mostCommon(byId.get(id)!.types);
  const pages: EntityPage[] = [...byId.values()].map((acc) => ({
    id: acc.id,
    name: nameOf(acc.id),
    type: typeOf(acc.id),
    roles: [...acc.roles],
    articles: acc.page,
    quotes: acc.quotes,
    coMentions: [...acc.coMentions]
      .sort((a, b) => b[1] - a[1] || nameOf(a[0]).localeCompare(nameOf(b[0])))
      .slice(0, CO_MENTIONS)
      .map(([id, count]) => ({ id, name: nameOf(id), type: typeOf(id), count })),
  }));
  pages.sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
  const index: EntityIndex = {
    entities: pages.map((p) => ({
      id: p.id,
      name: p.name,
      type: p.type,
      articleCount: p.articles.length,
      mentionCount: byId.get(p.id)!.mentionCount,
      quoteCount: p.quotes.length,
    })),
  };
  return { index, pages };
}
