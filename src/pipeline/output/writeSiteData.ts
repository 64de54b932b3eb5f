// Writes the app's data files. Everything is validated against the shared schema before anything is written.
import { lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
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
import { SLUGS_FILE, SlugMap } from './slugs.ts';

export interface SiteData {
  articles: ArticleData[];
  index: ArticleIndexData;
  entityIndex: EntityIndexData;
  entityPages: EntityPageData[];
  slugs: SlugMap;
}

/** Relative file paths of the data layout (also used by the build to know every route). */
export const dataPaths = {
  index: 'index.json',
  article: (slug: string) => `articles/${slug}.json`,
  entityIndex: 'entities/index.json',
  slugs: SLUGS_FILE,
  entity: (id: string) => `entities/${id}.json`,
};

/** Every file of the output with its content, validated against the shared schema. */
export function siteFiles(data: SiteData): Map<string, string> {
  const files = new Map<string, string>();
  const put = (path: string, value: unknown) => files.set(path, JSON.stringify(value));
  put(dataPaths.index, parseOrThrow(ArticleIndex, data.index, dataPaths.index));
  put(dataPaths.entityIndex, parseOrThrow(EntityIndex, data.entityIndex, dataPaths.entityIndex));
  put(dataPaths.slugs, parseOrThrow(SlugMap, data.slugs, dataPaths.slugs));
  for (const article of data.articles) put(dataPaths.article(article.slug), parseOrThrow(Article, article, dataPaths.article(article.slug)));
  for (const page of data.entityPages) put(dataPaths.entity(page.id), parseOrThrow(EntityPage, page, dataPaths.entity(page.id)));
  return files;
}

const WRITE_BATCH = 64;

async function writeAll(folder: string, files: Map<string, string>): Promise<void> {
  try {
    const folders = new Set([...files.keys()].map((path) => dirname(join(folder, path))));
    for (const sub of folders) await mkdir(sub, { recursive: true });
    // many small files: keep a few writes in flight rather than one at a time
    const entries = [...files];
    for (let i = 0; i < entries.length; i += WRITE_BATCH) {
      await Promise.all(entries.slice(i, i + WRITE_BATCH).map(([path, content]) => writeFile(join(folder, path), content)));
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

async function linkTarget(path: string): Promise<string | null> {
  try {
    return await readlink(path);
  } catch {
    return null;
  }
}

/**
 * Writes all files as a new generation and switches `outDir` (a symbolic link) to it with one atomic rename:
 * readers see the old output or the new one, never a mix, and a run killed at any moment — kill -9 included —
 * leaves the previous output exactly as it was. Older and half-written generations are removed afterwards.
 */
export async function writeSiteData(outDir: string, data: SiteData): Promise<void> {
  const files = siteFiles(data);
  const parent = dirname(outDir);
  const name = basename(outDir);
  const generations = join(parent, `.${name}.generations`);
  const stamp = `${Date.now()}-${process.pid}`;
  const fresh = join(generations, stamp);
  await mkdir(generations, { recursive: true });
  await writeAll(fresh, files);
  const info = await lstat(outDir).catch(() => null);
  if (info && !info.isSymbolicLink()) {
    // an output folder from before generations: move it aside once so the link can take its place
    await rename(outDir, join(generations, `legacy-${stamp}`));
  }
  const link = join(parent, `.${name}.link-${stamp}`);
  await symlink(relative(parent, fresh), link, 'dir');
  await rename(link, outDir);
  await removeStaleGenerations(generations, parent, name, stamp);
}

/** Deletes every generation but the current one, and links left by killed runs. */
async function removeStaleGenerations(generations: string, parent: string, name: string, current: string): Promise<void> {
  for (const entry of await readdir(generations)) {
    if (entry !== current) await rm(join(generations, entry), { recursive: true, force: true });
  }
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`.${name}.link-`) && (await linkTarget(join(parent, entry))) !== null) await rm(join(parent, entry), { force: true });
  }
}

/** Writes a plain folder (the static site's data, where links may not survive deployment). Not atomic. */
export async function writeSiteDataFolder(outDir: string, data: SiteData): Promise<void> {
  const files = siteFiles(data);
  await rm(outDir, { recursive: true, force: true });
  await writeAll(outDir, files);
}
