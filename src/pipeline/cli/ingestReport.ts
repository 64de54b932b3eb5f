// What an ingest run tells the user: the summary lines and the --report JSON.
import type { IngestResult } from '../ingest.ts';

export const DEFAULT_DATA_DIR = 'public/data';
export const DEFAULT_CACHE_DIR = '.dossier/cache';

export function reportJson(result: IngestResult): string {
  return `${JSON.stringify({ ingested: result.ingested, rejected: result.rejected, refusedDates: result.refusedDates, warnings: result.warnings }, null, 2)}\n`;
}

export function summaryLines(result: IngestResult, seconds: number, out: string | null): string[] {
  const entities = result.entityCount;
  const quotes = result.quoteCount;
  const lines = [
    `ingested ${result.ingested.length} (${result.reused} unchanged, from cache), rejected ${result.rejected.length}, entities ${entities}, quotes ${quotes}, time ${seconds.toFixed(1)}s${out ? ` → ${out}${result.unchanged ? ' (already up to date, left as it was)' : ''}` : ''}`,
  ];
  for (const r of result.rejected) lines.push(`rejected ${r.source}: ${r.reason}`);
  for (const d of result.refusedDates) lines.push(`undated ${d.source}: ${d.reason}`);
  for (const w of result.warnings) lines.push(`warning ${w}`);
  return lines;
}

