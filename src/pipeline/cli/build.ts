// npm run build -- [--input PATH] [--out DIR] [--base-url URL] [--noindex] [--date-window FROM..TO]
//                   [--entity-pages auto|all|recurring] [--stats] [--cache DIR | --no-cache]
// The static site: content/ into dist/ by default. Deployable to a host that only serves files. Prints the site's
// size and file count (with --stats, by kind of file).
import { performance } from 'node:perf_hooks';
import { parseDateWindow } from '../clean/dates.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../ingest.ts';
import { entityPagePolicies, type EntityPagePolicy } from '../output/entityLayout.ts';
import { readSlugMap } from '../output/slugs.ts';
import { withWriterLock } from '../output/writerLock.ts';
import { writeSiteFromData, buildWorkFolder } from '../site/staticBuild.ts';
import { footprintLine, footprintTable, siteFootprint } from '../site/footprint.ts';
import { parseOptions, runMain, todayIso, UsageError } from './common.ts';
import { DEFAULT_CACHE_DIR, summaryLines } from './ingestReport.ts';

const USAGE = 'npm run build -- [--input PATH] [--out DIR] [--base-url URL] [--noindex] [--date-window FROM..TO] [--entity-pages auto|all|recurring] [--stats] [--cache DIR | --no-cache]';

export interface BuildOptions {
  input: string;
  out: string;
  baseUrl: string | null;
  noindex: boolean;
  window: string | null;
  entityPages?: EntityPagePolicy;
  /** Prints the site's bytes and files by kind of file, and (DOSSIER_STATS=1) a JSON line for benchmarks. */
  stats?: boolean;
  /** The annotation cache (default `.dossier/cache`); null to annotate everything afresh. */
  cacheDir?: string | null;
  quiet?: boolean;
}

export function parseBuildArgs(args: string[]): BuildOptions {
  const { values } = parseOptions(args, {
    input: { type: 'string' },
    out: { type: 'string' },
    'base-url': { type: 'string' },
    noindex: { type: 'boolean' },
    'date-window': { type: 'string' },
    'entity-pages': { type: 'string' },
    stats: { type: 'boolean' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
  });
  const entityPages = values['entity-pages'] ?? 'auto';
  if (!entityPagePolicies.includes(entityPages as EntityPagePolicy)) throw new UsageError(`--entity-pages must be one of ${entityPagePolicies.join(', ')}, got "${entityPages}"`);
  const baseUrl = values['base-url'] ?? null;
  if (baseUrl && !/^https?:\/\/[^\s/]+/.test(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, got "${baseUrl}"`);
  return {
    input: values.input ?? 'content',
    out: values.out ?? 'dist',
    baseUrl,
    noindex: Boolean(values.noindex),
    window: values['date-window'] ?? null,
    entityPages: entityPages as EntityPagePolicy,
    stats: Boolean(values.stats),
    cacheDir: values['no-cache'] ? null : (values.cache ?? DEFAULT_CACHE_DIR),
  };
}

/**
 * Ingests into the build's own data folder beside the site (streaming: the corpus is never all in memory, and an
 * unchanged article is not annotated again), then writes the site from it, reusing the pages of the previous build
 * whose inputs did not change. Returns the number of rejected inputs.
 */
export async function buildSite(options: BuildOptions): Promise<number> {
  // the site's slots and data folder are written by one build at a time
  return withWriterLock(buildWorkFolder(options.out), () => buildSiteLocked(options));
}

async function buildSiteLocked(options: BuildOptions): Promise<number> {
  const started = performance.now();
  const policy = options.entityPages ?? 'auto';
  const workDir = buildWorkFolder(options.out);
  // one data folder per layout: ingest leaves an unchanged output alone, whatever layout it was written in
  const dataDir = join(workDir, `data-${policy}`);
  const result = await ingest({
    input: options.input,
    out: dataDir,
    today: todayIso(),
    window: options.window ? parseDateWindow(options.window) : null,
    relatedCount: 5,
    cacheDir: options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir,
    // links shared from the last build keep working, even when its data folder is gone
    ...(existsSync(dataDir) ? {} : { previousSlugs: await readSlugMap(join(options.out, 'data')) }),
    entityLayout: { policy },
  });
  if (result.ingested.length === 0) throw new Error(`no article could be ingested from ${options.input}: ${result.rejected.map((r) => `${r.source}: ${r.reason}`).join('; ')}`);
  const pages = await writeSiteFromData(dataDir, { out: options.out, workDir, baseUrl: options.baseUrl, noindex: options.noindex, quiet: options.quiet, entityPages: policy });
  const stages = stageSeconds(result.times, pages.times);
  const seconds = (performance.now() - started) / 1000;
  const lines = summaryLines({ ...result, unchanged: false }, seconds, options.out);
  const footprint = await siteFootprint(options.out);
  const articles = result.ingested.length;
  lines.push(`${pages.pages} pages in ${options.out} (${pages.rendered} rendered, ${pages.reused} unchanged from the previous build)`, footprintLine(footprint, articles));
  if (options.stats) lines.push(...footprintTable(footprint, articles), `stages (s): ${Object.entries(stages).map(([stage, s]) => `${stage} ${s}`).join(', ')}; related lists ranked ${result.ranked}`);
  if (options.stats && process.env.DOSSIER_STATS === '1') {
    // for bench/ingest.ts: peak memory of the whole process, worker threads included
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    const stats = { seconds, cpuSeconds: Math.round((userCPUTime + systemCPUTime) / 1e5) / 10, maxRssMB: Math.round(maxRSS / 1024), articles, rendered: pages.rendered, reused: pages.reused, ranked: result.ranked, stages, bytes: footprint.bytes, files: footprint.files, parts: footprint.parts };
    lines.push(`stats ${JSON.stringify(stats)}`);
  }
  process.stderr.write(`${lines.join('\n')}\n`);
  return result.rejected.length;
}

/** Seconds per stage, ingest's then the site's, one decimal. */
function stageSeconds(ingest: object, site: object = {}): Record<string, number> {
  const named = { ...ingest, ...Object.fromEntries(Object.entries(site).map(([step, ms]) => [`site ${step}`, ms])) };
  return Object.fromEntries(Object.entries(named).map(([stage, ms]) => [stage, Math.round(ms / 100) / 10]));
}

const isMain = process.argv[1]?.endsWith('build.ts');
if (isMain) runMain(USAGE, async () => ((await buildSite(parseBuildArgs(process.argv.slice(2)))) ? 3 : 0));
