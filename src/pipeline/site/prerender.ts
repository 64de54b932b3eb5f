// Static HTML for every route, rendered by the app's own components (src/app/entry-server.tsx, built by
// Vite for Node), with the page's data embedded for hydration and the route's code preloaded.
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import type { PrerenderedPage, PrerenderPage } from '../../app/entry-server.tsx';
import { seedScriptTag } from '../../app/ssr/seed.ts';

export const SSR_DIR = '.ssr';
const MANIFEST_FILE = join('.vite', 'manifest.json');
/** Vite's index.html before any page is written into it. */
export const SHELL_FILE = join(SSR_DIR, 'shell.html');
const SERVER_ENTRY = 'src/app/entry-server.tsx';

/** Source file of each route's lazy chunk, as Vite's manifest names it. Must match src/app/routeTable.tsx. */
export const ROUTE_SOURCES: Record<PrerenderPage['kind'], string> = {
  home: 'src/app/routes/HomePage.tsx',
  article: 'src/app/routes/ArticlePage.tsx',
  entities: 'src/app/routes/EntitiesPage.tsx',
  entity: 'src/app/routes/EntityPage.tsx',
  notFound: 'src/app/components/NotFound.tsx',
};

export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

export type Renderer = (page: PrerenderPage) => Promise<PrerenderedPage>;

/** Builds entry-server for Node into <out>/.ssr, everything bundled in, so it runs wherever <out> is. */
export async function buildServerRenderer(out: string, quiet = false): Promise<void> {
  await viteBuild({
    configFile: 'vite.config.ts',
    logLevel: quiet ? 'error' : 'warn',
    ssr: { noExternal: true },
    build: { ssr: SERVER_ENTRY, outDir: join(out, SSR_DIR), emptyOutDir: true, manifest: false, copyPublicDir: false },
  });
}

export async function loadRenderer(out: string): Promise<Renderer> {
  const module = (await import(pathToFileURL(resolve(out, SSR_DIR, 'entry-server.js')).href)) as { prerender: Renderer };
  return module.prerender;
}

export async function readManifest(out: string): Promise<ViteManifest> {
  return JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8')) as ViteManifest;
}

/** Build-only files that must not be deployed. */
export async function removeBuildFiles(out: string): Promise<void> {
  await rm(join(out, SSR_DIR), { recursive: true, force: true });
  await rm(join(out, '.vite'), { recursive: true, force: true });
}

/** The route chunk and every chunk it imports, with their CSS, in load order. */
export function routeAssets(manifest: ViteManifest, kind: PrerenderPage['kind']): { scripts: string[]; styles: string[] } {
  const source = ROUTE_SOURCES[kind];
  if (!manifest[source]) throw new Error(`Vite manifest has no chunk for ${source}: is ROUTE_SOURCES in step with routeTable.tsx?`);
  const scripts: string[] = [];
  const styles: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
    scripts.push(`/${chunk.file}`);
    for (const css of chunk.css ?? []) styles.push(`/${css}`);
  };
  visit(source);
  return { scripts, styles };
}

/** <head> tags that fetch the route's code early (and its CSS, render-blocking like the app's own). */
export function preloadTags(shell: string, assets: { scripts: string[]; styles: string[] }): string {
  const missing = (url: string) => !shell.includes(`"${url}"`);
  return [
    ...assets.styles.filter(missing).map((url) => `<link rel="stylesheet" crossorigin href="${url}">`),
    ...assets.scripts.filter(missing).map((url) => `<link rel="modulepreload" crossorigin href="${url}">`),
  ].join('\n    ');
}

/** The shell with the rendered markup in #root and the page's data just before </body>. */
export function fillShell(shell: string, rendered: PrerenderedPage, preload: string): string {
  const root = /<div id="root">\s*<\/div>/;
  if (!root.test(shell)) throw new Error('the app shell has no empty <div id="root"></div>');
  return shell
    .replace(/<\/head>/i, () => (preload ? `  ${preload}\n  </head>` : '</head>'))
    .replace(root, () => `<div id="root">${rendered.html}</div>`)
    .replace(/<\/body>/i, () => `  ${seedScriptTag(rendered.seed)}\n  </body>`);
}
