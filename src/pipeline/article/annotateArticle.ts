// One clean article in, one Article out (without related links).
import type { Article } from '../../shared/schema.ts';
import { buildArticle, documentOf } from './buildArticle.ts';
import type { CleanArticle } from '../clean/cleanArticle.ts';
import { annotate } from '../nlp/annotate.ts';

/** Annotates one article; an internal failure names what failed so the run can reject just this article. */
export function annotateArticle(clean: CleanArticle, slug: string): Article {
  const document = documentOf(clean);
  try {
    return buildArticle(clean, slug, annotate(document), document);
  } catch (error) {
    throw new Error(`internal error while annotating: ${error instanceof Error ? error.message : String(error)}`);
  }
}
