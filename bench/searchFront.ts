// For bench:search: the app of the code checked out, built and with its home page prerendered from a built site's
// data, to be served in front of that site (which keeps the data). A site built earlier, by an older version, is then measured
// with today's search code, as long as its index format is the same.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildApp, loadAssets, renderPage } from '../src/pipeline/site/buildSite.ts';
import { homePage } from '../src/pipeline/site/pages.ts';
import { gzipSync } from 'node:zlib';
import { readManifest, removeBuildFiles, SHELL_FILE } from '../src/pipeline/site/prerender.ts';
import { ArticleIndex, parseOrThrow } from '../src/shared/schema.ts';
import { entityLayoutQuery } from '../src/app/api/entityPage.ts';

/** The app's code a search concerns: the home route's own chunk, and what is loaded on intent. */
const SEARCH_SOURCES = {
  'home route': 'src/app/routes/HomePage.tsx',
  engine: 'src/app/features/search/engine.ts',
  'filters and results': 'src/app/features/search/searchUi.tsx',
};

/** Gzip bytes (level 9) of each chunk of SEARCH_SOURCES in a built app. */
async function chunkSizes(front: string): Promise<Record<string, number>> {
  const manifest = await readManifest(front);
  const sizes: Record<string, number> = {};
  for (const [label, source] of Object.entries(SEARCH_SOURCES)) {
    const file = manifest[source]?.file;
    if (file) sizes[label] = gzipSync(await readFile(join(front, file)), { level: 9 }).length;
  }
  return sizes;
}

/**
 * Builds the app into `front` and prerenders its home page from `site`'s data/index.json; returns the gzip sizes of
 * the home route's chunk and of the search code loaded on intent.
 */
export async function buildFront(site: string, front: string): Promise<Record<string, number>> {
  await buildApp(front, true);
  const sizes = await chunkSizes(front);
  const read = async (file: string) => JSON.parse(await readFile(join(site, 'data', file), 'utf8')) as unknown;
  const index = parseOrThrow(ArticleIndex, await read('index.json'), 'data/index.json');
  const layout = await read('entity-layout.json').catch(() => null);
  const context = {
    shell: await readFile(join(front, SHELL_FILE), 'utf8'),
    assets: await loadAssets(front),
    head: { baseUrl: null, noindex: true },
    dataDir: join(site, 'data'),
    entities: new Map(),
    siteSeed: layout ? [{ key: [...entityLayoutQuery().queryKey], data: layout }] : [],
  };
  await writeFile(join(front, 'index.html'), await renderPage(homePage(), { kind: 'home', index }, context));
  await removeBuildFiles(front);
  return sizes;
}
