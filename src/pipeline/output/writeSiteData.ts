// Writes the app's data files. Everything is validated first, then written into a fresh folder beside the old
// output, which is swapped in by rename: a run that dies half-way leaves the previous output as it was.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  Article,
  ArticleIndex,
  EntityIndex,
  EntityPage,
  parseOrThrow,
  type Article as ArticleData,
  type ArticleIndex as ArticleIndexData,
  type EntityIndex as EntityIndexData,
  type EntityPage as EntityPageData,
} from '../../shared/schema.ts';

export interface SiteData {
  articles: ArticleData[];
  index: ArticleIndexData;
  entityIndex: EntityIndexData;
  entityPages: EntityPageData[];
}

/** Relative file paths of the data layout (also used by the build to know every route). */
export const dataPaths = {
  index: 'index.json',
  article: (slug: string) => `articles/${slug}.json`,
  entityIndex: 'entities/index.json',
  entity: (id: string) => `entities/${id}.json`,
};

/** Every file of the output with its content, validated against the shared schema. */
export function siteFiles(data: SiteData): Map<string, string> {
  const files = new Map<string, string>();
  const put = (path: string, value: unknown) => files.set(path, JSON.stringify(value));
  put(dataPaths.index, parseOrThrow(ArticleIndex, data.index, dataPaths.index));
  put(dataPaths.entityIndex, parseOrThrow(EntityIndex, data.entityIndex, dataPaths.entityIndex));
  for (const article of data.articles) put(dataPaths.article(article.slug), parseOrThrow(Article, article, dataPaths.article(article.slug)));
  for (const page of data.entityPages) put(dataPaths.entity(page.id), parseOrThrow(EntityPage, page, dataPaths.entity(page.id)));
  return files;
}

/** Writes all files into `outDir` atomically (as seen by anyone listing the parent folder). */
export async function writeSiteData(outDir: string, data: SiteData): Promise<void> {
  const files = siteFiles(data);
  const parent = dirname(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const fresh = join(parent, `.${basename(outDir)}.new-${stamp}`);
  const retired = join(parent, `.${basename(outDir)}.old-${stamp}`);
  await mkdir(parent, { recursive: true });
  try {
    const folders = new Set([...files.keys()].map((path) => dirname(join(fresh, path))));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    for (const [path, content] of files) await writeFile(join(fresh, path), content);
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  let hadOld = true;
  try {
    await rename(outDir, retired);
  } catch {
    hadOld = false;
  }
  await rename(fresh, outDir);
  if (hadOld) await rm(retired, { recursive: true, force: true });
}
