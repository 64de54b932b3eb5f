// The annotate contract (../shared/eval/README.md):
//   npm run --silent annotate -- --jsonl < docs.jsonl > annotations.jsonl   text annotated as given
//   npm run --silent annotate -- FILE                                       the whole pipeline on one raw file
import { createInterface } from 'node:readline';
import type { Article } from '../../shared/schema.ts';
import { parseDateWindow } from '../clean/dates.ts';
import { ingest } from '../ingest.ts';
import { annotate } from '../nlp/annotate.ts';
import { paragraphBlocks } from '../nlp/paragraphs.ts';
import { toContractJson } from '../nlp/contract.ts';
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
    return toContractJson(String(id), annotate({ text: doc.text, blocks: paragraphBlocks(doc.text) }));
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

/** The article in the FILE output shape: offsets per paragraph (-1 = the title), one quote per fragment. */
export function fileContract(article: Article): unknown {
  return {
    title: article.title,
    section: article.section,
    date: article.date,
    paragraphs: article.blocks.map((b) => ({ kind: b.kind, text: b.text })),
    quotes: article.quotes.flatMap((q) =>
      q.fragments.map((f) => ({
        text: (f.block < 0 ? article.title : article.blocks[f.block]!.text).slice(f.start, f.end),
        paragraph: f.block,
        start: f.start,
        end: f.end,
        id: q.id,
        confidence: q.confidence,
        speaker: q.speaker
          ? {
              name: q.speaker.name,
              ...(q.speaker.entity ? { entity: q.speaker.entity } : {}),
              ...(q.speaker.mention ? { paragraph: q.speaker.mention.block, start: q.speaker.mention.start, end: q.speaker.mention.end } : {}),
            }
          : null,
        ...(q.cue ? { cue: q.cue.text } : {}),
      })),
    ),
    entities: article.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      role: e.role,
      mentions: e.mentions.map((m) => ({ paragraph: m.block, start: m.start, end: m.end })),
    })),
  };
}

async function annotateFile(file: string, window: string | undefined): Promise<number> {
  const result = await ingest({ input: file, out: null, today: todayIso(), window: window ? parseDateWindow(window) : null, relatedCount: 0 });
  const article = result.articles[0];
  if (!article) {
    process.stdout.write(`${JSON.stringify({ error: result.rejected[0]?.reason ?? 'no article found' })}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(fileContract(article), null, 1)}\n`);
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseOptions(process.argv.slice(2), { jsonl: { type: 'boolean' }, 'date-window': { type: 'string' } }, true);
  if (values.jsonl) return annotateJsonl();
  if (positionals.length !== 1) throw new UsageError('give --jsonl or exactly one FILE');
  return annotateFile(positionals[0]!, values['date-window']);
}

runMain(USAGE, main);
