// Speed of the annotation engine against the naive method, in one run on the 336 PolNeAR dev texts:
// naive = compromise's nlp(text) + .people() + .places() + .organizations() per text.
// Run: npx tsx bench/annotate.ts [--gold DIR] [--rounds N]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { annotate } from '../src/pipeline/nlp/annotate.ts';
import { paragraphBlocks } from '../src/pipeline/nlp/paragraphs.ts';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const gold = resolve(option('gold', '../shared/gold'));
const path = join(gold, 'quotes-dev.jsonl');
if (!existsSync(path)) {
  console.log(`bench: ${path} not found; nothing to time.`);
  process.exit(0);
}
const rounds = Math.max(1, Number(option('rounds', '3')));
const texts = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

function naive(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length;
}

function ours(text: string): number {
  const r = annotate({ text, blocks: paragraphBlocks(text) });
  return r.entities.length + r.quotes.length;
}

/** Best of N rounds (ms): the least disturbed by other work on a shared machine. */
function time(fn: (text: string) => number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    let sink = 0;
    for (const t of texts) sink += fn(t);
    best = Math.min(best, performance.now() - t0);
    if (sink < 0) console.log(sink);
  }
  return best;
}

// Warm both up once (lexicon and gazetteer loading is a one-time cost, reported apart).
const t0 = performance.now();
ours(texts[0] ?? '');
const warmOurs = performance.now() - t0;
const t1 = performance.now();
naive(texts[0] ?? '');
const warmNaive = performance.now() - t1;

const naiveMs = time(naive);
const oursMs = time(ours);
console.log(`texts: ${texts.length} (${Math.round(texts.reduce((n, t) => n + t.length, 0) / 1000)}k chars), best of ${rounds} rounds`);
console.log(`naive compromise (nlp + people/places/organizations): ${naiveMs.toFixed(0)} ms (first call ${warmNaive.toFixed(0)} ms)`);
console.log(`annotate() (entities + quotes + speakers):            ${oursMs.toFixed(0)} ms (first call incl. gazetteer ${warmOurs.toFixed(0)} ms)`);
console.log(`speed-up: ${(naiveMs / oursMs).toFixed(1)}x (target >= 3x)`);
