// An article as the corpus knows it: each of its entities replaced by the corpus entity it is (id, name, type),
// two of its entities that are one thing merged, non-entities left out, and quote speakers following along.
import type { Article, ArticleEntity } from '../../shared/schema.ts';
import type { CorpusEntity } from './resolve.ts';

/** For one article: its entity ids (as annotated) → the corpus entity each became, or null when it is no entity. */
export type ArticleTargets = ReadonlyMap<string, CorpusEntity | null>;

function mergeInto(target: ArticleEntity, other: ArticleEntity): void {
  target.mentions = [...target.mentions, ...other.mentions].sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
  target.about ||= other.about;
  target.role ??= other.role;
}

/** Rewrites the article's entities and speakers in place. Entities without a target are left as they are. */
export function applyToArticle(article: Article, targets: ArticleTargets): void {
  const byId = new Map<string, ArticleEntity>();
  const kept: ArticleEntity[] = [];
  const renamed = new Map<string, CorpusEntity | null>();
  for (const entity of article.entities) {
    const target = targets.has(entity.id) ? targets.get(entity.id)! : undefined;
    if (target === null) {
      renamed.set(entity.id, null);
      continue;
    }
    const corpus = target ?? { id: entity.id, name: entity.name, type: entity.type, aliases: [] };
    renamed.set(entity.id, corpus);
    const known = byId.get(corpus.id);
    if (known) {
      mergeInto(known, entity);
      continue;
    }
    const next = { ...entity, id: corpus.id, name: corpus.name, type: corpus.type };
    byId.set(corpus.id, next);
    kept.push(next);
  }
  // merged entities may have overlapping mentions (a titled form and the name inside it): keep the longer once
  for (const entity of kept) entity.mentions = withoutNested(entity.mentions);
  article.entities = kept.sort((a, b) => Number(b.about) - Number(a.about) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  for (const quote of article.quotes) {
    const speaker = quote.speaker;
    if (!speaker?.entity || !renamed.has(speaker.entity)) continue;
    const corpus = renamed.get(speaker.entity)!;
    quote.speaker = corpus ? { ...speaker, entity: corpus.id, name: corpus.name } : { ...speaker, entity: null };
  }
}

/** Mentions (sorted) without those inside another one. */
function withoutNested(mentions: ArticleEntity['mentions']): ArticleEntity['mentions'] {
  const out: ArticleEntity['mentions'] = [];
  for (const m of [...mentions].sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && last.block === m.block && m.start >= last.start && m.end <= last.end) continue;
    out.push(m);
  }
  return out;
}
