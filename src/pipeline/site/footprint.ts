// What a built site weighs: bytes of files (not disk blocks) and file count, in total, per article, and by kind of
// file, so the cost of each layout decision can be read off a build (`npm run build -- --stats`).
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { filesUnder } from './folderFiles.ts';

export interface FootprintPart {
  files: number;
  bytes: number;
}

export interface Footprint extends FootprintPart {
  parts: Record<string, FootprintPart>;
}

/** The kind of a site file, by its path relative to the site root ("/"-separated). */
export function fileKind(path: string): string {
  if (/^articles\/[^/]+\.html$/.test(path)) return 'article pages';
  if (/^articles\/[^/]+\/[^/]+\.html$/.test(path)) return 'quote preview pages';
  if (/^entities\/[^/]+\.html$/.test(path)) return 'entity pages';
  if (path.startsWith('data/articles/')) return 'article data';
  if (/^data\/(entities\/index(\.json|\/)|index(\.json|\/))/.test(path)) return 'list data';
  if (/^data\/(entities\/|entity-buckets\/|entity-layout\.json)/.test(path)) return 'entity data';
  if (/^data\/search/.test(path)) return 'search data';
  if (path.startsWith('data/')) return 'other data';
  if (path.startsWith('assets/') || path === 'sw.js') return 'app code and styles';
  return 'other pages and files';
}

export async function siteFootprint(root: string): Promise<Footprint> {
  const footprint: Footprint = { files: 0, bytes: 0, parts: {} };
  for await (const path of filesUnder(root)) {
    const { size } = await stat(join(root, path));
    const part = (footprint.parts[fileKind(path)] ??= { files: 0, bytes: 0 });
    part.files += 1;
    part.bytes += size;
    footprint.files += 1;
    footprint.bytes += size;
  }
  return footprint;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const perArticle = (part: FootprintPart, articles: number) => `${(part.bytes / articles / 1000).toFixed(1)} KB and ${(part.files / articles).toFixed(2)} files per article`;

/** One line: the total, and per article. */
export function footprintLine(footprint: Footprint, articles: number): string {
  return `site: ${megabytes(footprint.bytes)} in ${footprint.files.toLocaleString('en')} files, ${perArticle(footprint, articles)} (${articles.toLocaleString('en')} articles)`;
}

/** A line per kind of file, biggest first. */
export function footprintTable(footprint: Footprint, articles: number): string[] {
  return Object.entries(footprint.parts)
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .map(([kind, part]) => `  ${kind.padEnd(24)} ${megabytes(part.bytes).padStart(10)} ${String(part.files).padStart(8)} files  ${perArticle(part, articles)}`);
}
