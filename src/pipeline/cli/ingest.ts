// npm run ingest -- --input PATH [--out DIR] [--report FILE] [--date-window FROM..TO] [--related N]
// Progress on stderr, a summary on stdout. Exit 0: all went in; 3: some inputs rejected, the rest written; 1: fatal.
import { performance } from 'node:perf_hooks';
import { parseDateWindow } from '../clean/dates.ts';
import { ingest, type IngestResult } from '../ingest.ts';
import { parseOptions, runMain, todayIso, UsageError, writeFileAtomic } from './common.ts';
import { progressReporter } from './progress.ts';

const USAGE = 'npm run ingest -- --input PATH [--out DIR] [--report FILE] [--date-window 2022-01-01..2022-12-31] [--related 5]';
export const DEFAULT_DATA_DIR = 'public/data';

export function reportJson(result: IngestResult): string {
  return `${JSON.stringify({ ingested: result.ingested, rejected: result.rejected, warnings: result.warnings }, null, 2)}\n`;
}

export function summaryLines(result: IngestResult, seconds: number, out: string | null): string[] {
  const entities = result.site.entityIndex.entities.length;
  const quotes = result.articles.reduce((n, a) => n + a.quotes.length, 0);
  const lines = [
    `ingested ${result.ingested.length}, rejected ${result.rejected.length}, entities ${entities}, quotes ${quotes}, time ${seconds.toFixed(1)}s${out ? ` → ${out}` : ''}`,
  ];
  for (const r of result.rejected) lines.push(`rejected ${r.source}: ${r.reason}`);
  for (const w of result.warnings) lines.push(`warning ${w}`);
  return lines;
}

async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    input: { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
    'date-window': { type: 'string' },
    related: { type: 'string' },
    today: { type: 'string' },
  });
  if (!values.input) throw new UsageError('--input is required');
  const relatedCount = values.related ? Number(values.related) : 5;
  if (!Number.isInteger(relatedCount) || relatedCount < 0) throw new UsageError('--related must be a whole number');
  const window = values['date-window'] ? parseDateWindow(values['date-window']) : null;
  const out = values.out ?? DEFAULT_DATA_DIR;
  const progress = progressReporter();
  const started = performance.now();
  const result = await ingest({ input: values.input, out, today: values.today ?? todayIso(), window, relatedCount, onProgress: progress.update });
  const nothingGood = result.ingested.length === 0;
  progress.finish();
  if (values.report) await writeFileAtomic(values.report, reportJson(result));
  const lines = summaryLines(result, (performance.now() - started) / 1000, nothingGood ? null : out);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (nothingGood) {
    process.stderr.write(`error: no article could be ingested from ${values.input}; the previous output was left as it was\n`);
    return 1;
  }
  return result.rejected.length ? 3 : 0;
}

runMain(USAGE, main);
