// Corrections by a person, because no annotator is perfect: fix a speaker, drop a false quote, rename, retype, drop
// or merge entities, or split mentions (or whole articles) off into a new entity. Applied after annotation, on every
// ingest; a correction that no longer matches anything is reported, never silently ignored. Quote corrections and
// splits by mention act within one article; the entity ones act on the corpus's entities (see corpus/corrections.ts).
import { z } from 'zod/mini';
import { slugify } from '../../shared/ids.ts';
import { EntityType, parseOrThrow, type Article, type ArticleEntity } from '../../shared/schema.ts';

const QuoteRef = z.object({ article: z.string(), quote: z.string().check(z.minLength(1)) });

export const Correction = z.union([
  z.extend(QuoteRef, { type: z.literal('speaker'), speaker: z.nullable(z.string()) }),
  z.extend(QuoteRef, { type: z.literal('dropQuote') }),
  z.object({ type: z.literal('rename'), entity: z.string(), name: z.string().check(z.minLength(1)) }),
  z.object({ type: z.literal('merge'), entities: z.array(z.string()).check(z.minLength(1)), into: z.string() }),
  z.object({ type: z.literal('retype'), entity: z.string(), to: EntityType }),
  z.object({ type: z.literal('drop'), entity: z.string() }),
  z.object({
    type: z.literal('split'),
    article: z.string(),
    entity: z.string(),
    mention: z.string().check(z.minLength(1)),
    into: z.object({ name: z.string().check(z.minLength(1)), type: EntityType }),
  }),
  /** The entity's records in these articles become an entity of their own. */
  z.object({
    type: z.literal('split'),
    articles: z.array(z.string()).check(z.minLength(1)),
    entity: z.string(),
    into: z.object({ name: z.string().check(z.minLength(1)), type: EntityType }),
  }),
]);
export type Correction = z.infer<typeof Correction>;

/** Corrections of the corpus's entities (by their published ids or names), applied once the corpus is resolved. */
export type EntityCorrection = Extract<Correction, { type: 'rename' | 'merge' | 'retype' | 'drop' }> | Extract<Correction, { articles: string[] }>;

export function isEntityCorrection(c: Correction): c is EntityCorrection {
  return c.type === 'rename' || c.type === 'merge' || c.type === 'retype' || c.type === 'drop' || (c.type === 'split' && 'articles' in c);
}

export const CORRECTIONS_FILE = 'corrections.json';

export const CorrectionsFile = z.object({ corrections: z.array(Correction) });

export function parseCorrections(json: string, source: string): Correction[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${(error as Error).message})`);
  }
  return parseOrThrow(CorrectionsFile, data, source).corrections;
}

const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A quote is named by its id or by its opening words. */
function quoteMatches(quote: Article['quotes'][number], ref: string): boolean {
  return quote.id === ref || squash(quote.text).startsWith(squash(ref));
}

function mentionText(article: Article, m: ArticleEntity['mentions'][number]): string {
  return (m.block < 0 ? article.title : article.blocks[m.block]!.text).slice(m.start, m.end);
}

/** Applies one correction to every article; returns how many things it changed. */
function applyOne(articles: Article[], c: Correction): number {
  let changed = 0;
  switch (c.type) {
    case 'speaker':
    case 'dropQuote':
      for (const article of articles.filter((a) => a.id === c.article)) {
        const before = article.quotes.length;
        if (c.type === 'dropQuote') {
          article.quotes = article.quotes.filter((q) => !quoteMatches(q, c.quote));
          changed += before - article.quotes.length;
          continue;
        }
        for (const quote of article.quotes.filter((q) => quoteMatches(q, c.quote))) {
          const entity = c.speaker === null ? null : article.entities.find((e) => e.id === c.speaker || e.name === c.speaker);
          if (c.speaker !== null && !entity) continue; // the speaker must be someone the article mentions
          quote.speaker = entity ? { entity: entity.id, name: entity.name } : null;
          quote.confidence = 1;
          quote.corrected = true;
          changed++;
        }
      }
      return changed;
    case 'rename':
      for (const entity of articles.flatMap((a) => a.entities).filter((e) => e.id === c.entity)) {
        entity.name = c.name;
        changed++;
      }
      for (const quote of articles.flatMap((a) => a.quotes)) if (quote.speaker?.entity === c.entity) quote.speaker.name = c.name;
      return changed;
    case 'merge':
      for (const article of articles) {
        const parts = article.entities.filter((e) => c.entities.includes(e.id) || e.id === c.into);
        if (parts.length === 0 || (parts.length === 1 && parts[0]!.id === c.into)) continue;
        const target = parts.find((e) => e.id === c.into) ?? { ...parts[0]!, id: c.into };
        target.mentions = parts.flatMap((e) => e.mentions).sort((a, b) => a.block - b.block || a.start - b.start);
        target.about = parts.some((e) => e.about);
        target.role = target.role ?? parts.find((e) => e.role)?.role ?? null;
        article.entities = [...article.entities.filter((e) => !parts.includes(e)), target];
        for (const quote of article.quotes) if (quote.speaker?.entity && c.entities.includes(quote.speaker.entity)) quote.speaker = { ...quote.speaker, entity: c.into, name: target.name };
        changed++;
      }
      return changed;
    case 'retype':
    case 'drop':
      for (const article of articles) {
        const before = article.entities.length;
        if (c.type === 'drop') {
          article.entities = article.entities.filter((e) => e.id !== c.entity);
          changed += before - article.entities.length;
          for (const quote of article.quotes) if (quote.speaker?.entity === c.entity) quote.speaker = { ...quote.speaker, entity: null };
          continue;
        }
        for (const entity of article.entities.filter((e) => e.id === c.entity)) {
          entity.type = c.to;
          changed++;
        }
      }
      return changed;
    case 'split':
      if ('articles' in c) {
        for (const article of articles.filter((a) => c.articles.includes(a.id))) {
          const source = article.entities.find((e) => e.id === c.entity);
          if (!source) continue;
          const id = slugify(c.into.name);
          Object.assign(source, { id, name: c.into.name, type: c.into.type });
          for (const quote of article.quotes) if (quote.speaker?.entity === c.entity) quote.speaker = { ...quote.speaker, entity: id, name: c.into.name };
          changed++;
        }
        return changed;
      }
      for (const article of articles.filter((a) => a.id === c.article)) {
        const source = article.entities.find((e) => e.id === c.entity);
        if (!source) continue;
        const moved = source.mentions.filter((m) => mentionText(article, m) === c.mention);
        if (!moved.length) continue;
        source.mentions = source.mentions.filter((m) => !moved.includes(m));
        const id = slugify(c.into.name);
        article.entities.push({ id, name: c.into.name, type: c.into.type, role: null, about: false, mentions: moved });
        if (!source.mentions.length) article.entities = article.entities.filter((e) => e !== source);
        changed += moved.length;
      }
      return changed;
  }
}

export function describe(c: Correction): string {
  switch (c.type) {
    case 'speaker':
      return `speaker of “${c.quote}” in ${c.article}`;
    case 'dropQuote':
      return `drop “${c.quote}” in ${c.article}`;
    case 'rename':
      return `rename ${c.entity}`;
    case 'merge':
      return `merge ${c.entities.join(', ')} into ${c.into}`;
    case 'retype':
      return `retype ${c.entity} as ${c.to}`;
    case 'drop':
      return `drop ${c.entity}`;
    case 'split':
      return 'articles' in c ? `split ${c.entity} in ${c.articles.join(', ')} into ${c.into.name}` : `split “${c.mention}” off ${c.entity} in ${c.article}`;
  }
}

/**
 * Applies all corrections in order to some of the articles; returns how many things each changed. Every correction
 * acts within one article at a time, so a corpus can be corrected in batches and the counts added up.
 */
export function applyCorrectionsCounting(articles: Article[], corrections: readonly Correction[]): number[] {
  return corrections.map((c) => applyOne(articles, c));
}

/** A warning for each correction that changed nothing anywhere. */
export function staleCorrections(corrections: readonly Correction[], changed: readonly number[], source: string): string[] {
  return corrections.flatMap((c, i) => ((changed[i] ?? 0) > 0 ? [] : [`${source}: correction ${i + 1} (${describe(c)}) no longer matches anything`]));
}

/** Applies all corrections in order; returns a warning for each one that matched nothing. */
export function applyCorrections(articles: Article[], corrections: readonly Correction[], source: string): string[] {
  return staleCorrections(corrections, applyCorrectionsCounting(articles, corrections), source);
}
