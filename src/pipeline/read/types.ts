// What the readers produce: raw articles with where they came from, or a rejection with a reason.

export type InputFormat = 'jsonl' | 'headline-section' | 'headline-body' | 'html';

export interface RawArticle {
  /** Input path as given, plus ":LINE" (1-based) for JSONL. */
  source: string;
  /** JSONL id, or the file's path relative to the input folder without extension. */
  id: string;
  format: InputFormat;
  title: string;
  /** Body text as found: paragraphs separated by blank lines. */
  body: string;
  section: string | null;
  /** Explicit publication date from metadata (YYYY-MM-DD), if any. */
  date: string | null;
  /** Explicitly marked invented content; otherwise decided by the "Sample" section. */
  fiction: boolean | null;
}

export interface Rejection {
  source: string;
  reason: string;
}

export type ReadResult = { ok: true; article: RawArticle; warnings: string[] } | { ok: false; rejection: Rejection };

export const accepted = (article: RawArticle, warnings: string[] = []): ReadResult => ({ ok: true, article, warnings });
export const rejected = (source: string, reason: string): ReadResult => ({ ok: false, rejection: { source, reason } });
