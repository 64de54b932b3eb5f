// The corpus entity stage as ingest runs it: records collected while articles are folded (pass 1), resolved once,
// then applied to each article as it is written (pass 2). Also the map of entity ids that moved.
import type { Article } from '../../shared/schema.ts';
import type { ArticleTargets } from './apply.ts';
import { applyEntityCorrections, type EntityCorrection } from './corrections.ts';
import { Interner, recordsOf, type EntityRecord } from './records.ts';
import { resolveEntities, type CorpusEntity, type Resolution } from './resolve.ts';

export class CorpusEntityStage {
  private readonly records: EntityRecord[] = [];
  /** Each article's records: records[from, to). */
  private readonly spans = new Map<number, [number, number]>();
  private readonly intern = new Interner();
  private readonly articleIds = new Map<number, string>();
  private resolution: Resolution | null = null;

  /** Pass 1: keeps the article's records (never the article). */
  add(article: Article, ordinal: number): void {
    const from = this.records.length;
    for (const record of recordsOf(article, ordinal, this.intern)) this.records.push(record);
    this.spans.set(ordinal, [from, this.records.length]);
    this.articleIds.set(ordinal, article.id);
  }

  /** Resolves the corpus's entities once every article is in; returns how many things each correction changed. */
  resolve(corrections: readonly EntityCorrection[] = []): number[] {
    const resolution = resolveEntities(this.records);
    const changed = applyEntityCorrections(resolution, this.records, corrections, (ordinal) => this.articleIds.get(ordinal));
    this.resolution = resolution;
    return changed;
  }

  private get resolved(): Resolution {
    if (!this.resolution) throw new Error('corpus entities used before they were resolved');
    return this.resolution;
  }

  get entities(): readonly CorpusEntity[] {
    return this.resolved.entities;
  }

  /** Pass 2: what each of an article's entities became. */
  targetsOf(ordinal: number): ArticleTargets {
    const { entities, targets } = this.resolved;
    const span = this.spans.get(ordinal);
    const map = new Map<string, CorpusEntity | null>();
    if (!span) return map;
    for (let i = span[0]; i < span[1]; i++) map.set(this.records[i]!.localId, targets[i]! < 0 ? null : entities[targets[i]!]!);
    return map;
  }

  /**
   * Old entity id → current id: every id an article's own annotation gave that is now part of another entity (the
   * entity most of its records went to), and the previous run's moves that still lead somewhere.
   */
  movedIds(previous: Readonly<Record<string, string>> = {}): Record<string, string> {
    const { entities, targets } = this.resolved;
    const current = new Set(entities.map((e) => e.id));
    const votes = new Map<string, Map<string, number>>();
    this.records.forEach((record, i) => {
      const target = targets[i]!;
      if (target < 0 || current.has(record.localId)) return;
      const id = entities[target]!.id;
      let counts = votes.get(record.localId);
      if (!counts) votes.set(record.localId, (counts = new Map()));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    const moved: Record<string, string> = {};
    for (const [old, id] of Object.entries(previous)) {
      if (current.has(old)) continue;
      if (current.has(id)) moved[old] = id;
    }
    for (const [old, counts] of votes) moved[old] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    for (const [old, id] of Object.entries(previous)) if (!(old in moved) && !current.has(old) && moved[id]) moved[old] = moved[id]!;
    return moved;
  }
}
