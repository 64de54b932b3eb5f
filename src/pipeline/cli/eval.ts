// npm run eval [-- --gold DIR] [--only seed|quotes|transcripts|conll|entities] [--keep]
// Annotates the gold sets in-process, writes the annotate-contract files to a temp folder and scores them with
// ../shared/eval/score.mjs. Exits 0 with a message when the gold data is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { annotate } from '../nlp/annotate.ts';
import { toContractJson } from '../nlp/contract.ts';
import { paragraphBlocks } from '../nlp/paragraphs.ts';
import { annotateFileContract } from './fileContract.ts';
import { ingest } from '../ingest.ts';
import { entityLine } from './entityLine.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function annotateJsonl(inputPath: string, outPath: string): { docs: number; ms: number } {
  const lines = readFileSync(inputPath, 'utf8').split('\n').filter((l) => l.trim());
  const out: string[] = [];
  const t0 = performance.now();
  for (const line of lines) {
    const doc = JSON.parse(line) as { id: string; text: string };
    try {
      out.push(JSON.stringify(toContractJson(String(doc.id), annotate({ text: doc.text, blocks: paragraphBlocks(doc.text) }), doc.text)));
    } catch (error) {
      out.push(JSON.stringify({ id: doc.id, error: String(error) }));
    }
  }
  const ms = performance.now() - t0;
  writeFileSync(outPath, out.join('\n') + '\n');
  return { docs: lines.length, ms };
}

function score(scorer: string, args: string[]): string {
  const run = spawnSync(process.execPath, [scorer, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`score.mjs ${args[0]} failed: ${run.stderr}`);
  return run.stdout;
}

async function main(): Promise<void> {
  const gold = resolve(option('gold') ?? '../shared/gold');
  const only = option('only');
  const scorer = resolve(dirname(gold), 'eval/score.mjs');
  if (!existsSync(gold) || !existsSync(scorer)) {
    console.log(`eval: gold data not found (${gold}, ${scorer}); nothing to measure.`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  try {
    // the sample article through the real ingestion (the annotate FILE contract), with its metadata beside it
    const seedText = 'content/russia-china-security-ties.txt';
    const seedGold = join(gold, 'seed.gold.json');
    if ((!only || only === 'seed') && existsSync(seedText) && existsSync(seedGold)) {
      const json = await annotateFileContract(seedText, { today: new Date().toISOString().slice(0, 10), window: null });
      const seedPath = join(tmp, 'seed.json');
      writeFileSync(seedPath, JSON.stringify(json));
      console.log(`== seed (${seedText}, annotate FILE)`);
      console.log(score(scorer, ['seed', seedGold, seedPath]));
    }
    const quoteSets = [
      { name: 'quotes', file: 'quotes-dev.jsonl', what: 'PolNeAR dev' },
      { name: 'transcripts', file: 'transcripts-dev.jsonl', what: 'transcript turns' },
    ];
    for (const set of quoteSets) {
      const quotesGold = join(gold, set.file);
      if ((only && only !== set.name) || !existsSync(quotesGold)) continue;
      // the annotate input is made from the gold's id and text only
      const input = join(tmp, `${set.name}-input.jsonl`);
      const docs = readFileSync(quotesGold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
        const d = JSON.parse(l) as { id: string; text: string };
        return JSON.stringify({ id: d.id, text: d.text });
      });
      writeFileSync(input, docs.join('\n') + '\n');
      const predPath = join(tmp, `${set.name}-pred.jsonl`);
      const { docs: n, ms } = annotateJsonl(input, predPath);
      console.log(`== ${set.name} (${set.what}, ${n} docs, annotated in ${Math.round(ms)} ms)`);
      console.log(score(scorer, ['quotes', quotesGold, predPath]));
    }
    const conllGold = join(gold, 'conll2003-dev.txt');
    if ((!only || only === 'conll') && existsSync(conllGold)) {
      const input = join(tmp, 'conll-docs.jsonl');
      writeFileSync(input, score(scorer, ['conll-docs', conllGold]));
      const predPath = join(tmp, 'conll-pred.jsonl');
      const { docs: n, ms } = annotateJsonl(input, predPath);
      console.log(`== conll (CoNLL-2003 dev, ${n} docs, annotated in ${Math.round(ms)} ms)`);
      console.log(score(scorer, ['conll', conllGold, predPath]));
    }
    // the corpus's entity list, as ingest publishes it, against the judged list
    const entitiesGold = join(gold, 'entities-bbc.judged.json');
    const bbc = resolve(dirname(gold), 'corpus/bbc/articles.jsonl');
    if ((!only || only === 'entities') && existsSync(entitiesGold) && existsSync(bbc)) {
      const t0 = performance.now();
      const result = await ingest({ input: bbc, out: null, keepArticles: false, today: new Date().toISOString().slice(0, 10), window: null, relatedCount: 0, cacheDir: '.dossier/cache' });
      const predPath = join(tmp, 'entities-pred.jsonl');
      writeFileSync(predPath, result.entities.map(entityLine).join('\n') + '\n');
      console.log(`== entities (BBC, ${result.ingested.length} articles, listed in ${Math.round(performance.now() - t0)} ms)`);
      for (const top of ['100', '300']) console.log(score(scorer, ['entities', entitiesGold, predPath, '--top', top]));
    } else if (!only || only === 'entities') {
      console.log(`== entities: skipped (${entitiesGold} or ${bbc} not found)`);
    }
    if (process.argv.includes('--keep')) console.log(`predictions kept in ${tmp}`);
  } finally {
    if (!process.argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
  }
}

main();
