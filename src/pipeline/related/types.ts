// Contract of the related-articles ranker: what the ingest hands in, what it gets back.
import type { EntityType } from '../../shared/schema.ts';

/** An entity found in one article; `id` is the slug shared across articles (shared/ids.ts slugify). */
export interface RelatedEntity {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
}

export interface RelatedDoc {
  id: string;
  title: string;
  body: string;
  /** YYYY-MM-DD when known. */
  date?: string | null;
  entities?: RelatedEntity[];
}

export interface RelatedHit {
  id: string;
  /** 0..1: cosine similarity of the two articles' weighted features. */
  score: number;
  /** Readable, honest grounds for the link ("Shared people: Vladimir Putin, Xi Jinping"). */
  reasons: string[];
}

export interface RankOptions {
  /** How many related articles to return per article. */
  k: number;
}
