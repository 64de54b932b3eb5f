// The static site: the app built by Vite, the data files, and one HTML file per route (plus 404.html).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build as viteBuild } from 'vite';
import { writeSiteDataFolder, type SiteData } from '../output/writeSiteData.ts';
import { pageHtml, sitePages, type HeadOptions } from './pages.ts';

export interface BuildSiteOptions extends HeadOptions {
  out: string;
  /** Silences Vite's own output (tests, benchmarks). */
  quiet?: boolean;
}

export async function buildApp(out: string, quiet = false): Promise<void> {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'error' : 'warn', build: { outDir: out, emptyOutDir: true } });
}

/** Writes data and route pages into a folder that already holds the Vite build. */
export async function writeSite(data: SiteData, options: BuildSiteOptions): Promise<number> {
  const shell = await readFile(join(options.out, 'index.html'), 'utf8');
  await writeSiteDataFolder(join(options.out, 'data'), data);
  const pages = sitePages(data);
  for (const page of pages) {
    const file = join(options.out, page.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, pageHtml(shell, page.head, options));
  }
  const notFound = { title: 'Not found · Dossier', description: 'This page does not exist.', path: '/404', type: 'website' as const };
  await writeFile(join(options.out, '404.html'), pageHtml(shell, notFound, { ...options, baseUrl: null }));
  await writeFile(join(options.out, 'robots.txt'), options.noindex ? 'User-agent: *\nDisallow: /\n' : 'User-agent: *\nAllow: /\n');
  return pages.length + 1;
}
