// npm run --silent entities -- --input PATH [--top N] [--corrections FILE] [--no-cache]
// The corpus's entity list exactly as ingest publishes it (the same run, writing nothing): one JSON line per entity,
// most articles first: {"id","name","type","aliases":[…],"articles","mentions"}.
import { ingest } from '../ingest.ts';
import { parseOptions, runMain, todayIso, UsageError } from './common.ts';
import { entityLine } from './entityLine.ts';
import { DEFAULT_CACHE_DIR } from './ingestReport.ts';

const USAGE = 'npm run --silent entities -- --input PATH [--top N] [--corrections FILE] [--cache DIR | --no-cache]';


async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    input: { type: 'string' },
    top: { type: 'string' },
    corrections: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    today: { type: 'string' },
  });
  if (!values.input) throw new UsageError('--input is required');
  const top = values.top === undefined ? Infinity : Number(values.top);
  if (top !== Infinity && (!Number.isInteger(top) || top < 1)) throw new UsageError('--top must be a whole number of at least 1');
  const cacheDir = values['no-cache'] ? null : (values.cache ?? DEFAULT_CACHE_DIR);
  const result = await ingest({ input: values.input, out: null, keepArticles: false, today: values.today ?? todayIso(), window: null, relatedCount: 0, cacheDir, corrections: values.corrections });
  for (const r of result.rejected) process.stderr.write(`rejected ${r.source}: ${r.reason}\n`);
  for (const w of result.warnings) process.stderr.write(`warning ${w}\n`);
  const lines = result.entities.slice(0, top).map(entityLine);
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  return result.ingested.length === 0 ? 1 : 0;
}

runMain(USAGE, main);
