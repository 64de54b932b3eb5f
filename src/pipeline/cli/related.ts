// related: for each article of a JSONL file, its most related articles with scores and reasons.
//   npm run --silent related -- --input FILE.jsonl [--k 5] [--entities]
import { readFile } from 'node:fs/promises';
import { parseOptions, runMain, UsageError } from './common.ts';
import { parseRelatedInput } from '../related/input.ts';
import { rankRelated } from '../related/rank.ts';
import { withEntities } from '../related/entities.ts';

const USAGE = 'npm run --silent related -- --input FILE.jsonl [--k 5] [--entities]';

async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    input: { type: 'string' },
    k: { type: 'string', default: '5' },
    entities: { type: 'boolean', default: false },
  });
  if (!values.input) throw new UsageError('missing --input');
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 0) throw new UsageError(`--k must be a whole number ≥ 0, not "${values.k}"`);

  const { docs, problems } = parseRelatedInput(await readFile(values.input, 'utf8'), values.input);
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  // Entities from the annotation engine only on request: they make reasons richer, not rankings better.
  const ranked = rankRelated(values.entities ? withEntities(docs) : docs, { k });
  const lines = docs.map((doc) => JSON.stringify({ id: doc.id, related: ranked.get(doc.id) ?? [] }));
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  return 0;
}

runMain(USAGE, main);
