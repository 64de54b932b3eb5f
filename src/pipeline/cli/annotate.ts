// The annotate contract (../shared/eval/README.md):
//   npm run --silent annotate -- --jsonl < docs.jsonl > annotations.jsonl   text annotated as given
//   npm run --silent annotate -- FILE                                       the whole pipeline on one raw file
import { createInterface } from 'node:readline';
import { parseDateWindow } from '../clean/dates.ts';
import { annotate } from '../nlp/annotate.ts';
import { paragraphBlocks } from '../nlp/paragraphs.ts';
import { toContractJson } from '../nlp/contract.ts';
import { annotateFileContract } from './fileContract.ts';
import { parseOptions, runMain, todayIso, UsageError } from './common.ts';

const USAGE = 'npm run --silent annotate -- --jsonl < docs.jsonl   |   npm run --silent annotate -- FILE [--date-window FROM..TO]';

/** One output line for one input line; a line that cannot be annotated gets {id, error}. */
export function annotateJsonlLine(line: string, lineNumber: number): unknown {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  const doc = row as { id?: unknown; text?: unknown };
  const id = typeof doc?.id === 'string' || typeof doc?.id === 'number' ? doc.id : null;
  if (id === null) return { id: null, error: `line ${lineNumber}: missing "id"` };
  if (typeof doc.text !== 'string') return { id, error: `line ${lineNumber}: "text" must be a string` };
  try {
    return toContractJson(String(id), annotate({ text: doc.text, blocks: paragraphBlocks(doc.text) }), doc.text);
  } catch (error) {
    return { id, error: `line ${lineNumber}: internal error: ${(error as Error).message}` };
  }
}

async function annotateJsonl(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(annotateJsonlLine(line, lineNumber))}\n`);
  }
  return 0;
}

async function annotateFile(file: string, window: string | undefined): Promise<number> {
  const output = await annotateFileContract(file, { today: todayIso(), window: window ? parseDateWindow(window) : null });
  process.stdout.write(`${JSON.stringify(output, null, 1)}\n`);
  return 'error' in output ? 1 : 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseOptions(process.argv.slice(2), { jsonl: { type: 'boolean' }, 'date-window': { type: 'string' } }, true);
  if (values.jsonl) return annotateJsonl();
  if (positionals.length !== 1) throw new UsageError('give --jsonl or exactly one FILE');
  return annotateFile(positionals[0]!, values['date-window']);
}

runMain(USAGE, main);
