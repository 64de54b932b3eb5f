// Static HTML for every route, rendered by the app's own components (src/app/entry-server.tsx, built by
// Vite for Node), with the page's data embedded for hydration and the route's code preloaded.
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import type { PrerenderedPage, PrerenderPage } from '../../app/entry-server.tsx';
import { seedScriptTag } from '../../app/ssr/seed.ts';
import { LIVE_ATTRIBUTE, SECONDARY_REGION } from '../../app/ssr/secondaryRegions.ts';
import { criticalCss, namesInMarkup, rulesMarkupMayUse } from './criticalCss.ts';

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

/** Renders a page; `stylesheets` are its whole sheets' URLs (pageStylesheets), for the seed and the article page's links. */
export type Renderer = (page: PrerenderPage, stylesheets: readonly string[]) => Promise<PrerenderedPage>;

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

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>\s*/g;
const MODULE_SCRIPT = /<script type="module"[^>]*src="[^"]+"[^>]*><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>\s*/g;

/** CSS as an inline <style>; refuses CSS that could end the element early. */
function styleElement(url: string, text: string): string {
  if (/<\/style/i.test(text)) throw new Error(`${url} contains "</style", which cannot be inlined`);
  return `<style>${text}</style>`;
}

/**
 * The whole stylesheets for readers without JavaScript (print rules included), on every page; the app loads them
 * itself from the seed (src/app/ssr/fullStyles.ts).
 */
function fullStylesElement(urls: string[]): string {
  return `<noscript>${urls.map((url) => `<link rel="stylesheet" href="${url}">`).join('')}</noscript>`;
}

// Secondary regions (src/app/ssr/secondaryRegions.ts) stay out of the first paint until the whole stylesheet, linked
// just before them, has arrived and reveals them: no unstyled flash in any engine, the first frame lays out only the
// main text, and the HTML carries no second copy of their rules. The rest of the page is styled from the head.
// Zero specificity, so a region whose own rules set `display` is never hidden by it; and only until the app is live,
// which waits for the sheet to load or fail, so a failed sheet never hides the regions for good.
const HIDE_SECONDARY = `:where(#root:not([${LIVE_ATTRIBUTE}]) [${SECONDARY_REGION}]){display:none}`;
const SHOW_SECONDARY = `:where([${SECONDARY_REGION}]){display:revert}`;
/** The rule as the whole stylesheet must carry it (src/app/styles.css), minified or not. */
const CARRIES_SHOW_SECONDARY = new RegExp(`:where\\(\\[${SECONDARY_REGION}\\]\\)\\s*\\{\\s*display\\s*:\\s*revert\\s*;?\\s*\\}`);

/**
 * The markup without its secondary regions (the element carrying the attribute and everything inside it). The
 * markup is the app's own server render, so every element is closed; nested elements of the same name are counted.
 */
export function markupOutsideSecondary(html: string): string {
  let rest = html;
  for (let region = firstSecondaryRegion(rest); region; region = firstSecondaryRegion(rest)) {
    const tags = new RegExp(`<(/?)${region.name}(?=[\\s>/])`, 'gi');
    tags.lastIndex = region.start;
    let depth = 0;
    let end = -1;
    for (let tag = tags.exec(rest); tag; tag = tags.exec(rest)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = rest.indexOf('>', tag.index) + 1;
        break;
      }
    }
    if (end <= 0) throw new Error(`the <${region.name} ${SECONDARY_REGION}> element at ${region.start} is never closed`);
    rest = rest.slice(0, region.start) + rest.slice(end);
  }
  return rest;
}

/** The first start tag carrying the attribute (as an attribute: values, always double-quoted here, are skipped). */
function firstSecondaryRegion(html: string): { name: string; start: number } | null {
  const attribute = new RegExp(`\\s${SECONDARY_REGION}(?=[\\s=/]|$)`);
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    if (attribute.test(tag[2]!.replace(/="[^"]*"/g, ''))) return { name: tag[1]!, start: tag.index };
  }
  return null;
}

/** The whole stylesheets of a page: the shell's, then its route's, each once. */
export function pageStylesheets(shell: string, route: { styles: string[] }): string[] {
  const linked = [...shell.matchAll(STYLESHEET_LINK)].map((match) => match[1]!);
  return [...new Set([...linked, ...route.styles])];
}

/**
 * The page: the shell's head with the rules of its stylesheets that the page outside its secondary regions can use
 * inlined (the first paint then needs the HTML alone, and the main text comes sooner), the rendered markup in #root
 * (which links the whole stylesheets before its secondary regions), then the whole stylesheets in <noscript>, the
 * app's scripts with the route's chunks preloaded (found by the browser only after the content, so they do not compete
 * with it for bandwidth), then the page's data.
 */
export function fillShell(shell: string, rendered: PrerenderedPage, route: { scripts: string[] }, css: (url: string) => string): string {
  const root = /<div id="root">\s*<\/div>/;
  if (!root.test(shell)) throw new Error('the app shell has no empty <div id="root"></div>');
  const preloads: string[] = [];
  const scripts: string[] = [];
  const head = shell
    .replace(STYLESHEET_LINK, '')
    .replace(MODULE_PRELOAD, (_tag, href: string) => (preloads.push(href), ''))
    .replace(MODULE_SCRIPT, (tag: string) => (scripts.push(tag.trim()), ''));
  const entryUrls = scripts.map((tag) => /src="([^"]+)"/.exec(tag)?.[1]);
  // The sheets the page was rendered with (pageStylesheets): its links, <noscript> and inlined rules name the same.
  const allStyles = rendered.seed.stylesheets;
  const allPreloads = [...new Set([...preloads, ...route.scripts])].filter((url) => !entryUrls.includes(url));
  const primary = markupOutsideSecondary(rendered.html);
  const hasSecondary = primary.length < rendered.html.length;
  const sheets = allStyles.map((url) => ({ url, full: css(url) }));
  if (hasSecondary) assertSecondaryRevealed(rendered.html, sheets);
  // One cascade across the sheets, in their order.
  const first = criticalCss(sheets.map(({ full }) => full).join('\n'), namesInMarkup(`${head}${primary}`));
  const allNames = namesInMarkup(`${head}${rendered.html}`);
  // A sheet whose every rule the page may use is in the head already; the others wait in <noscript>.
  const deferred = sheets.filter(({ full }) => rulesMarkupMayUse(full, allNames) !== full).map(({ url }) => url);
  const tail = [
    ...(deferred.length > 0 ? [fullStylesElement(deferred)] : []),
    ...allPreloads.map((url) => `<link rel="modulepreload" crossorigin href="${url}">`),
    ...scripts,
    seedScriptTag(rendered.seed),
  ].join('\n    ');
  const headStyle = hasSecondary ? `${first}${HIDE_SECONDARY}` : first;
  return head
    .replace(/<\/head>/i, () => (headStyle ? `  ${styleElement(allStyles.join(' '), headStyle)}\n  </head>` : '</head>'))
    .replace(root, () => `<div id="root">${rendered.html}</div>\n    ${tail}`);
}

/**
 * Hidden secondary regions are revealed by the whole stylesheets, so the markup must link them all before its first
 * region, and one of them must carry the revealing rule; otherwise the build stops rather than ship hidden regions.
 */
function assertSecondaryRevealed(html: string, sheets: Array<{ url: string; full: string }>): void {
  const before = html.slice(0, firstSecondaryRegion(html)?.start ?? html.length);
  const linked = new Set([...before.matchAll(STYLESHEET_LINK)].map((match) => match[1]!));
  const missing = sheets.filter(({ url }) => !linked.has(url)).map(({ url }) => url);
  if (missing.length > 0) throw new Error(`the page's markup does not link ${missing.join(', ')} before its secondary regions (WholeStylesheets)`);
  if (!sheets.some(({ full }) => CARRIES_SHOW_SECONDARY.test(full))) throw new Error(`no stylesheet carries ${SHOW_SECONDARY}, which reveals the secondary regions (src/app/styles.css)`);
}
