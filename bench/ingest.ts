// npm run bench (ingest part): BBC 2,225 articles cold, re-run unchanged, re-run with one article changed, the site
// build and its footprint, the scaling of ingest on synthetic corpora made from the BBC texts (1k → 10k → 100k;
// `--quick` stops at 10k), and the site build at scale (10k and 100k; a cold build and a rebuild after one changed
// article). `--build-only` runs only the site builds. Figures, not assertions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderSize, syntheticCorpus } from './synthetic.ts';

const BBC = new URL('../../shared/corpus/bbc/articles.jsonl', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const buildOnly = process.argv.includes('--build-only');

interface Stats {
  seconds: number;
  maxRssMB: number;
  ingested: number;
  reused: number;
  stagesMs: Record<string, number>;
}

function runIngest(input: string, out: string, cache: string): Stats {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/ingest.ts', '--input', input, '--out', out, '--cache', cache], {
    env: { ...process.env, DOSSIER_STATS: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = child.stderr.split('\n').find((l) => l.startsWith('stats '));
  if (!line) throw new Error(`ingest failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  return JSON.parse(line.slice(6)) as Stats;
}

/** The corpus with one word added to its first article's body. */
function oneArticleChanged(jsonl: string): string {
  const [first, ...rest] = jsonl.split('\n');
  const article = JSON.parse(first!) as { body: string };
  return [JSON.stringify({ ...article, body: `${article.body}\n\nUpdated.` }), ...rest].join('\n');
}

interface BuildStats {
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  articles: number;
  rendered: number;
  reused: number;
  /** Related lists ranked in the run; seconds per stage (ingest's, then the site's). */
  ranked?: number;
  stages?: Record<string, number>;
  bytes: number;
  files: number;
  parts: Record<string, { files: number; bytes: number }>;
}

/** `npm run build` with its figures (DOSSIER_STATS); the table of the site's files by kind is printed as it comes. */
function runBuild(input: string, out: string, cache: string, { table = false } = {}): BuildStats {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/build.ts', '--input', input, '--out', out, '--cache', cache, '--stats'], {
    env: { ...process.env, DOSSIER_STATS: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = child.stderr.split('\n');
  const line = lines.find((l) => l.startsWith('stats '));
  if (!line) throw new Error(`build failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  if (table) for (const l of lines.filter((l) => l.startsWith('  '))) console.log(l);
  return JSON.parse(line.slice(6)) as BuildStats;
}

/** Where a build's time went: seconds per stage, and how many related lists it ranked. */
function stageRow(stats: BuildStats): string {
  const stages = Object.entries(stats.stages ?? {}).map(([stage, s]) => `${stage} ${s.toFixed(1)}`).join(', ');
  return `${''.padEnd(34)} stages (s): ${stages}; related lists ranked ${stats.ranked ?? '?'}`;
}

function buildRow(label: string, stats: BuildStats): string {
  const size = `${(stats.bytes / 1e6).toFixed(1)} MB in ${stats.files.toLocaleString('en')} files (${(stats.bytes / stats.articles / 1000).toFixed(1)} KB, ${(stats.files / stats.articles).toFixed(2)} files per article)`;
  return `${label.padEnd(34)} ${stats.seconds.toFixed(1).padStart(7)} s (CPU ${stats.cpuSeconds.toFixed(0)} s) ${String(stats.maxRssMB).padStart(6)} MB peak; ${stats.rendered} pages rendered, ${stats.reused} reused; site ${size}`;
}

/** A cold build of a corpus into a fresh folder, then a rebuild after one changed article. */
function buildFigures(label: string, input: string, work: string, { table = false } = {}): void {
  const out = join(work, `${label}-site`);
  const cache = join(work, `${label}-cache`);
  const cold = runBuild(input, out, cache, { table });
  console.log(buildRow(`${label} site build, cold`, cold));
  console.log(stageRow(cold));
  const edited = join(work, `${label}-one-changed.jsonl`);
  writeFileSync(edited, oneArticleChanged(readFileSync(input, 'utf8')));
  const again = runBuild(edited, out, cache);
  console.log(buildRow(`${label} rebuild, one article changed`, again));
  console.log(stageRow(again));
  rmSync(out, { recursive: true, force: true });
  rmSync(join(work, `.${label}-site.build`), { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}

function row(label: string, stats: Stats): string {
  const stages = Object.entries(stats.stagesMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ');
  return `${label.padEnd(34)} ${stats.seconds.toFixed(1).padStart(7)} s ${String(Math.round(stats.ingested / stats.seconds)).padStart(7)} articles/s ${String(stats.maxRssMB).padStart(6)} MB peak  (${stages})`;
}

/** The site build at scale: BBC with its footprint by kind of file, then synthetic corpora of 10,000 and 100,000. */
function siteBuilds(work: string, source: Array<{ title: string; body: string }>): void {
  console.log('\n# site build (ingest + vite + pages), cold then after one changed article; goals: BBC ≤ 80 KB and ≤ 8 files per article, 100k ≤ 30 min and ≤ 4 GB, rebuild ≤ 2 min');
  buildFigures('BBC', BBC, work, { table: true });
  for (const n of quick ? [10000] : [10000, 100000]) {
    const file = join(work, `syn-${n}.jsonl`);
    if (!existsSync(file)) syntheticCorpus(source, n, file);
    buildFigures(`synthetic ${n / 1000}k`.replace(' ', '-'), file, work);
  }
  if (quick) console.log('(--quick: without the 100,000-article build)');
}

function main(): void {
  if (!existsSync(BBC)) {
    console.log(`bench ingest: skipped, ${BBC} is missing (the shared corpora are not on this machine)`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const source = readFileSync(BBC, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string; body: string });
  try {
    if (buildOnly) return siteBuilds(work, source);
    console.log('# ingest (read, annotate, link, write the data)');
    const cold = runIngest(BBC, join(work, 'bbc-out'), join(work, 'bbc-cache'));
    console.log(row('BBC 2,225 cold (budget < 20 s, 1 GB)', cold));
    const warm = runIngest(BBC, join(work, 'bbc-out'), join(work, 'bbc-cache'));
    console.log(row('BBC 2,225 unchanged re-run', warm));
    console.log(`re-run / cold time ratio: ${(warm.seconds / cold.seconds).toFixed(3)} (goal < 0.10); reused ${warm.reused}`);
    const edited = join(work, 'bbc-one-changed.jsonl');
    writeFileSync(edited, oneArticleChanged(readFileSync(BBC, 'utf8')));
    const one = runIngest(edited, join(work, 'bbc-out'), join(work, 'bbc-cache'));
    console.log(row('BBC with one article changed', one));
    console.log(`one-changed / cold time ratio: ${(one.seconds / cold.seconds).toFixed(3)}; re-annotated ${one.ingested - one.reused} of ${one.ingested}`);

    console.log('\n# scaling on synthetic corpora made from the BBC texts');
    const sizes = quick ? [1000, 10000] : [1000, 10000, 100000];
    const results: Array<[number, Stats]> = [];
    for (const n of sizes) {
      const file = join(work, `syn-${n}.jsonl`);
      syntheticCorpus(source, n, file);
      const stats = runIngest(file, join(work, `syn-${n}-out`), join(work, `syn-${n}-cache`));
      results.push([n, stats]);
      const search = folderSize(join(work, `syn-${n}-out`, 'search'));
      console.log(`${row(`synthetic ${n.toLocaleString('en')}`, stats)}  search index ${(search.bytes / 1e6).toFixed(1)} MB in ${search.files.toLocaleString('en')} files`);
      rmSync(join(work, `syn-${n}-out`), { recursive: true, force: true });
      rmSync(join(work, `syn-${n}-cache`), { recursive: true, force: true });
    }
    for (let i = 1; i < results.length; i++) {
      const [n0, s0] = results[i - 1]!;
      const [n1, s1] = results[i]!;
      console.log(`scaling ${n0} → ${n1}: ${(n1 / n0).toFixed(0)}× articles, ${(s1.seconds / s0.seconds).toFixed(1)}× time, ${(s1.maxRssMB / s0.maxRssMB).toFixed(1)}× memory`);
    }
    if (quick) console.log('(--quick: without the 100,000-article run, whose budget is < 15 min and < 4 GB)');
    siteBuilds(work, source);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
