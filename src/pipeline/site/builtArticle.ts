// An article of a built site, for benches and tests that pick their inputs from a site: from its data file, or, where
// the site keeps it only in the seed of the article's page (the static site of a big corpus), from that page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleQuery } from '../../app/api/article.ts';
import { seedFromHtml } from '../../app/ssr/seed.ts';
import { Article, parseOrThrow } from '../../shared/schema.ts';
import { dataPaths } from '../output/writeSiteData.ts';

export async function readBuiltArticle(site: string, slug: string): Promise<Article> {
  const file = join(site, 'data', dataPaths.article(slug));
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (text !== null) return parseOrThrow(Article, JSON.parse(text), file);
  const page = join(site, 'articles', `${slug}.html`);
  const key = JSON.stringify(articleQuery(slug).queryKey);
  const seeded = seedFromHtml(await readFile(page, 'utf8'))?.queries.find((query) => JSON.stringify(query.key) === key);
  if (!seeded) throw new Error(`${page}: neither a data file nor a seed holds article ${slug}`);
  return parseOrThrow(Article, seeded.data, page);
}
