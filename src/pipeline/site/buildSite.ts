// The static site: the app built by Vite, the data files, and one prerendered HTML file per route (plus
// 404.html and a link-preview page per quote).
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build as viteBuild } from 'vite';
import type * as z from 'zod/mini';
import type { PrerenderPage } from '../../app/entry-server.tsx';
import { Article, ArticleIndex, EntityIndex, EntityPage, parseOrThrow, type EntityPage as EntityPageData } from '../../shared/schema.ts';
import { entityLayoutQuery } from '../../app/api/entityPage.ts';
import { entityLayoutPlan, type EntityPagePolicy } from '../output/entityLayout.ts';
import { dataPaths, entityFirstPages, entityLayoutData, writeSiteDataFolder, type SiteData } from '../output/writeSiteData.ts';
import { holdNotFoundMessage, notFoundPage, pageHtml, quotePageHtml, quotePages, sitePages, type HeadOptions, type Page, type PageRoute } from './pages.ts';
import { buildServerRenderer, fillShell, loadRenderer, pageStylesheets, readManifest, removeBuildFiles, routeAssets, SHELL_FILE, type Renderer, type ViteManifest } from './prerender.ts';

export interface BuildSiteOptions extends HeadOptions {
  out: string;
  /** Silences Vite's own output (tests, benchmarks). */
  quiet?: boolean;
  /** Keeps the server renderer and manifest so writeSite can run again on the same build (tests). */
  keepBuildFiles?: boolean;
  /** Which entities get a prerendered page and a data file of their own (src/pipeline/output/entityLayout.ts). */
  entityPages?: EntityPagePolicy;
}

/**
 * The browser app (with a manifest naming each route's chunk) and the server renderer used by writeSite.
 * `development` builds React's development code into the browser app, which reports every hydration mismatch (tests).
 */
export async function buildApp(out: string, quiet = false, { development = false } = {}): Promise<void> {
  await viteBuild({
    configFile: 'vite.config.ts',
    logLevel: quiet ? 'error' : 'warn',
    ...(development ? { mode: 'development', define: { 'process.env.NODE_ENV': JSON.stringify('development') } } : {}),
    build: { outDir: out, emptyOutDir: true, manifest: true, ...(development ? { minify: false } : {}) },
  });
  await buildServerRenderer(out, quiet);
  // The empty shell, kept aside: index.html itself is about to become the prerendered home page.
  await copyFile(join(out, 'index.html'), join(out, SHELL_FILE));
}

async function writeFileDeep(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
}

export interface Assets {
  render: Renderer;
  manifest: ViteManifest;
  /** Text of a built stylesheet by URL ("/assets/index-….css"). */
  css: (url: string) => string;
}

export async function loadAssets(out: string): Promise<Assets> {
  const [render, manifest] = await Promise.all([loadRenderer(out), readManifest(out)]);
  const files = (await readdir(join(out, 'assets'))).filter((name) => name.endsWith('.css'));
  const texts = new Map<string, string>(await Promise.all(files.map(async (name): Promise<[string, string]> => [`/assets/${name}`, await readFile(join(out, 'assets', name), 'utf8')])));
  const css = (url: string) => {
    const text = texts.get(url);
    if (text === undefined) throw new Error(`stylesheet ${url} is not in ${out}/assets`);
    return text;
  };
  return { render, manifest, css };
}

/**
 * The route with its data read back from the data file the browser would fetch, so the page is rendered from,
 * and seeded with, exactly that (the first page of a long list, as written).
 */
async function prerenderInput(route: PageRoute, dataDir: string, entities: ReadonlyMap<string, EntityPageData>): Promise<PrerenderPage> {
  const read = async <T>(schema: z.ZodMiniType<T>, file: string): Promise<T> =>
    parseOrThrow(schema, JSON.parse(await readFile(join(dataDir, file), 'utf8')), file);
  switch (route.kind) {
    case 'home':
      return { kind: 'home', index: await read(ArticleIndex, dataPaths.index) };
    case 'article':
      return { kind: 'article', article: await read(Article, dataPaths.article(route.slug)) };
    case 'entities':
      return { kind: 'entities', entityIndex: await read(EntityIndex, dataPaths.entityIndex) };
    case 'entity': {
      // The seed may be the only copy of an entity's data (entityLayoutPlan's ownData): rendered from the same value.
      const entity = entities.get(route.id);
      if (!entity) throw new Error(`internal error: no data for the page of entity ${route.id}`);
      return { kind: 'entity', entity: parseOrThrow(EntityPage, entityFirstPages(entity), dataPaths.entity(route.id)) };
    }
    case 'notFound':
      return { kind: 'notFound' };
  }
}

/** What every page's seed carries besides its own data: where the app finds any entity (entity-layout.json). */
export type SiteSeed = Array<{ key: unknown[]; data: unknown }>;

export interface RenderContext {
  shell: string;
  assets: Assets;
  head: HeadOptions;
  dataDir: string;
  entities: ReadonlyMap<string, EntityPageData>;
  siteSeed: SiteSeed;
}

/** A page's HTML, rendered from `input` (its data, as the browser would fetch or read it from the seed). */
export async function renderPage(page: Page, input: PrerenderPage, { shell, assets, head, siteSeed }: RenderContext): Promise<string> {
  const route = routeAssets(assets.manifest, page.route.kind);
  const rendered = await assets.render(input, pageStylesheets(shell, route));
  rendered.seed.queries.push(...siteSeed);
  return fillShell(pageHtml(shell, page.head, head), rendered, route, assets.css);
}

/** Writes data and prerendered route pages into a folder that holds the output of buildApp; returns the page count. */
export async function writeSite(data: SiteData, options: BuildSiteOptions): Promise<number> {
  const shell = await readFile(join(options.out, SHELL_FILE), 'utf8');
  const assets = await loadAssets(options.out);
  const dataDir = join(options.out, 'data');
  const layoutOptions = { policy: options.entityPages, prerendered: true };
  await writeSiteDataFolder(dataDir, data, layoutOptions);
  const head: HeadOptions = { baseUrl: options.baseUrl, noindex: options.noindex };
  const layout = entityLayoutPlan(data.entityIndex, layoutOptions);
  const siteSeed: SiteSeed = [{ key: [...entityLayoutQuery().queryKey], data: entityLayoutData(layout) }];
  const pages = sitePages(data, layout);
  const context: RenderContext = { shell, assets, head, dataDir, entities: new Map(data.entityPages.map((entity) => [entity.id, entity])), siteSeed };
  for (const page of pages) await writeFileDeep(join(options.out, page.file), await renderPage(page, await prerenderInput(page.route, dataDir, context.entities), context));
  // as in the static build (staticBuild.ts): where the layout says so, an article's data is in its page's seed only
  if (layout.ownData === 'page') await Promise.all(data.articles.map((article) => rm(join(dataDir, dataPaths.article(article.slug)))));
  const notFound = notFoundPage();
  // No canonical URL: the not-found page is served at every unknown path (and opens entities without a page).
  await writeFile(join(options.out, notFound.file), holdNotFoundMessage(await renderPage(notFound, { kind: 'notFound' }, { ...context, head: { ...head, baseUrl: null } })));
  const quotes = data.articles.flatMap(quotePages);
  for (const page of quotes) await writeFileDeep(join(options.out, page.file), quotePageHtml(page, head));
  await writeFile(join(options.out, 'robots.txt'), options.noindex ? 'User-agent: *\nDisallow: /\n' : 'User-agent: *\nAllow: /\n');
  if (!options.keepBuildFiles) await removeBuildFiles(options.out);
  return pages.length + 1 + quotes.length;
}
