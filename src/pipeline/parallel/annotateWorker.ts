// Worker task: annotate one clean article into an Article.
import type { CleanArticle } from '../clean/cleanArticle.ts';
import { annotateArticle } from '../annotateArticle.ts';
import { serveTasks } from './serveTasks.ts';

export interface AnnotateTask {
  clean: CleanArticle;
  slug: string;
}

serveTasks(({ clean, slug }: AnnotateTask) => annotateArticle(clean, slug));
