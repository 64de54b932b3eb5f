// npm run ingest -- --input PATH [--out DIR] [--report FILE] [--date-window FROM..TO] [--related N]
// Progress on stderr, a summary on stdout. Exit 0: all went in; 3: some inputs rejected, the rest written; 1: fatal.
import { performance } from 'node:perf_hooks';
import { parseDateWindow } from '../clean/dates.ts';
import { ingest } from '../ingest.ts';
import { parseOptions, runMain, todayIso, UsageError, writeFileAtomic } from './common.ts';
import { DEFAULT_CACHE_DIR, DEFAULT_DATA_DIR, reportJson, summaryLines } from './ingestReport.ts';
import { progressReporter } from './progress.ts';

const USAGE = 'npm run ingest -- --input PATH [--out DIR] [--report FILE] [--date-window 2022-01-01..2022-12-31] [--related 5] [--cache DIR | --no-cache] [--workers N] [--corrections FILE]';
async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    input: { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
    'date-window': { type: 'string' },
    related: { type: 'string' },
    today: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    workers: { type: 'string' },
    corrections: { type: 'string' },
  });
  if (!values.input) throw new UsageError('--input is required');
  const relatedCount = values.related ? Number(values.related) : 5;
  if (!Number.isInteger(relatedCount) || relatedCount < 0) throw new UsageError('--related must be a whole number');
  const window = values['date-window'] ? parseDateWindow(values['date-window']) : null;
  const out = values.out ?? DEFAULT_DATA_DIR;
  const progress = progressReporter();
  const started = performance.now();
  const cacheDir = values['no-cache'] ? null : (values.cache ?? DEFAULT_CACHE_DIR);
  const workers = values.workers ? Number(values.workers) : undefined;
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new UsageError('--workers must be a whole number of at least 1');
  const result = await ingest({ input: values.input, out, today: values.today ?? todayIso(), window, relatedCount, cacheDir, workers, corrections: values.corrections, onProgress: progress.update });
  const nothingGood = result.ingested.length === 0;
  progress.finish();
  if (values.report) await writeFileAtomic(values.report, reportJson(result));
  const lines = summaryLines(result, (performance.now() - started) / 1000, nothingGood ? null : out);
  process.stdout.write(`${lines.join('\n')}\n`);
  // machine-readable figures for the benchmark (peak memory covers the worker threads too)
  if (process.env.DOSSIER_STATS) process.stderr.write(`stats ${JSON.stringify({ seconds: (performance.now() - started) / 1000, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), ingested: result.ingested.length, reused: result.reused, stagesMs: Object.fromEntries(Object.entries(result.times).map(([k, v]) => [k, Math.round(v)])) })}\n`);
  if (nothingGood) {
    process.stderr.write(`error: no article could be ingested from ${values.input}; the previous output was left as it was\n`);
    return 1;
  }
  return result.rejected.length ? 3 : 0;
}

runMain(USAGE, main);
