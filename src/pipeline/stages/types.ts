// What an ingest run is asked and what it answers: shared by the stages (stages/) and the run (ingest.ts).
import type { Article, EntityIndex, SlugMap } from '../../shared/schema.ts';
import type { DateWindow, RefusedDate } from '../clean/dates.ts';
import type { CorpusEntity } from '../corpus/resolve.ts';
import type { EntityLayoutOptions } from '../output/entityLayout.ts';
import type { SiteData } from '../output/writeSiteData.ts';
import type { Rejection } from '../read/types.ts';

export interface IngestOptions {
  input: string;
  /** Output folder; nothing is written when null, or when no article could be ingested. */
  out: string | null;
  today: string;
  window: DateWindow | null;
  relatedCount: number;
  /** A corrections file (see corrections/corrections.ts); default `corrections.json` in the input folder. */
  corrections?: string | null;
  /** Slugs of the previous output (read from `out` when not given), so links survive re-ingests. */
  previousSlugs?: SlugMap;
  /** Folder of the annotation cache (content-addressed); null to annotate everything afresh. */
  cacheDir?: string | null;
  /** Worker threads for annotation; defaults to the number of cores. */
  workers?: number;
  /**
   * Keep every article in memory and return it (`articles`, `site`): for the site build and tests. By default only
   * when nothing is written; an ingest into a folder streams, holding the corpus views but never all articles.
   */
  keepArticles?: boolean;
  /** Which entities get files of their own (src/pipeline/output/entityLayout.ts); default `auto`. */
  entityLayout?: EntityLayoutOptions;
  /** From this many articles on, a rebuild re-ranks only the related lists a change touches (stages/link.ts). */
  incrementalRankingFrom?: number;
  /** Articles annotated per batch (default 512); only a batch of articles is in memory at a time. */
  batchSize?: number;
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  stage: 'reading' | 'annotating' | 'linking' | 'writing';
  done: number;
  total: number;
}

export interface IngestedEntry {
  source: string;
  id: string;
  slug: string;
}

/** Milliseconds spent in each stage, for the benchmark. */
export interface StageTimes {
  read: number;
  annotate: number;
  link: number;
  /** The corpus entity stage: resolving who and what the articles mention, across the corpus. */
  entities: number;
  write: number;
}

/** One entity of the corpus's list as published: the index entry with the forms it was written in. */
export type ListedEntity = EntityIndex['entities'][number] & { aliases: string[] };

export interface IngestResult {
  ingested: IngestedEntry[];
  rejected: Rejection[];
  /** Articles kept undated because the date they offered was refused (outside --date-window, after today, …). */
  refusedDates: RefusedDate[];
  warnings: string[];
  /** Every article, when kept (see IngestOptions.keepArticles); otherwise empty. */
  articles: Article[];
  /** All the site's data, when articles are kept; otherwise null. */
  site: SiteData | null;
  /** The output was already exactly what this run would write, and was left alone. */
  unchanged: boolean;
  entityCount: number;
  /** The corpus's entity list as published, most articles first (empty when the output was unchanged). */
  entities: ListedEntity[];
  quoteCount: number;
  /** Articles whose annotation came from the cache. */
  reused: number;
  /** Related lists ranked in this run: all of them cold, none when the ranking was reused, the touched ones after a small change. */
  ranked: number;
  times: StageTimes;
}

export type { CorpusEntity };

export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
