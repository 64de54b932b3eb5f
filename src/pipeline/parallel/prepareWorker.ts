// Worker task: one article's annotation (or cached annotation) and features, see prepareArticle.ts.
import { prepareArticle } from '../article/prepareArticle.ts';
import { serveTasks } from './serveTasks.ts';

serveTasks(prepareArticle);
