// Related-articles benchmark: quality on the story-cluster corpora, against a plain TF-IDF baseline computed in the
// same run, and speed on synthetic article sets of growing size.
//   npx tsx bench/related.ts [--big]     (--big adds a 100,000-article run)
// Quality figures use the same P@1 / R@5 definitions as ../shared/eval/score.mjs (the official scorer).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rankRelated } from '../src/pipeline/related/rank.ts';
import { baselineNeighbours } from '../src/pipeline/related/baseline.ts';
import type { RelatedDoc } from '../src/pipeline/related/types.ts';
import { seededRandom } from './stats.ts';

const shared = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const corpusPath = (name: string) => join(shared, 'corpus', name, 'articles.jsonl');

interface CorpusDoc extends RelatedDoc {
  cluster?: string;
}

function readJsonl(path: string): CorpusDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusDoc);
}

/** P@1 and R@5 as score.mjs computes them: only articles whose story has another article count. */
function scoreClusters(docs: CorpusDoc[], rankedIds: (docIndex: number) => string[]): { p1: number; r5: number } {
  const clusterOf = new Map(docs.map((doc) => [doc.id, doc.cluster]));
  const size = new Map<string, number>();
  for (const doc of docs) if (doc.cluster) size.set(doc.cluster, (size.get(doc.cluster) ?? 0) + 1);
  let scored = 0;
  let p1 = 0;
  let r5 = 0;
  docs.forEach((doc, i) => {
    const storySize = doc.cluster ? size.get(doc.cluster)! : 0;
    if (storySize < 2) return;
    scored++;
    const ids = rankedIds(i).filter((id) => id !== doc.id);
    if (ids.length && clusterOf.get(ids[0]!) === doc.cluster) p1++;
    r5 += ids.slice(0, 5).filter((id) => clusterOf.get(id) === doc.cluster).length / Math.min(5, storySize - 1);
  });
  return { p1: p1 / scored, r5: r5 / scored };
}

const fmt = (x: number) => x.toFixed(3);

function qualityTable(): void {
  const basil = readJsonl(corpusPath('basil'));
  const ecbplus = readJsonl(corpusPath('ecbplus'));
  const corpora: Array<[string, CorpusDoc[]]> = [
    ['basil', basil],
    ['ecbplus', ecbplus],
    ['basil+ecbplus', [...basil, ...ecbplus]],
  ];
  console.log('Quality (P@1 / R@5; target P@1 ≥ 0.98, R@5 ≥ 0.97)');
  console.log(`${'corpus'.padEnd(15)} ${'docs'.padStart(5)}   ${'TF-IDF baseline'.padEnd(17)} ${'rankRelated'.padEnd(17)} time`);
  for (const [name, docs] of corpora) {
    const baseline = baselineNeighbours(docs, 5);
    const base = scoreClusters(docs, (i) =>
      Array.from(baseline.items.subarray(i * 5, i * 5 + 5))
        .filter((j) => j >= 0)
        .map((j) => docs[j]!.id),
    );
    const started = performance.now();
    const ranked = rankRelated(docs, { k: 5 });
    const ms = performance.now() - started;
    const ours = scoreClusters(docs, (i) => ranked.get(docs[i]!.id)!.map((hit) => hit.id));
    console.log(
      `${name.padEnd(15)} ${String(docs.length).padStart(5)}   ${`${fmt(base.p1)} / ${fmt(base.r5)}`.padEnd(17)} ` +
        `${`${fmt(ours.p1)} / ${fmt(ours.r5)}`.padEnd(17)} ${ms.toFixed(0)} ms`,
    );
  }
}

/**
 * Synthetic articles: each takes most of its sentences, shuffled, from one BBC article and the rest from others,
 * so there are look-alikes to find, as in a real archive, but no two articles are the same.
 */
function syntheticDocs(count: number): RelatedDoc[] {
  const sources = readJsonl(corpusPath('bbc'));
  const sentences = sources.map((doc) => doc.body.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
  const next = seededRandom(42); // every run times the same articles
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const docs: RelatedDoc[] = [];
  for (let i = 0; i < count; i++) {
    const base = Math.floor(next() * sources.length);
    const own = sentences[base]!;
    const body: string[] = [];
    const length = 6 + Math.floor(next() * 10);
    for (let s = 0; s < length; s++) body.push(next() < 0.7 && own.length ? pick(own) : pick(pick(sentences) ?? own) ?? '');
    const day = 1 + Math.floor(next() * 28);
    docs.push({
      id: `synthetic-${i}`,
      title: sources[base]!.title,
      body: body.join(' '),
      date: `2005-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    });
  }
  return docs;
}

function speedTable(sizes: number[]): void {
  console.log('\nSpeed (rankRelated, k = 5, reasons included; synthetic articles from BBC sentences)');
  // CPU seconds as well as wall-clock: on a shared machine the wall clock also counts other people's work.
  console.log(`${'docs'.padStart(7)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)} ${'docs/CPU s'.padStart(11)} ${'peak RSS MB'.padStart(12)}`);
  const seconds: number[] = [];
  for (const size of sizes) {
    const docs = syntheticDocs(size);
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const ranked = rankRelated(docs, { k: 5 });
    const cpuUsed = process.cpuUsage(cpuStart);
    const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
    const wall = (performance.now() - started) / 1000;
    if (ranked.size !== size) throw new Error(`expected ${size} results, got ${ranked.size}`);
    seconds.push(cpu);
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(
      `${String(size).padStart(7)} ${wall.toFixed(2).padStart(8)} ${cpu.toFixed(2).padStart(8)} ` +
        `${Math.round(size / cpu).toString().padStart(11)} ${rss.toFixed(0).padStart(12)}`,
    );
  }
  for (let i = 1; i < sizes.length; i++) {
    const growth = sizes[i]! / sizes[i - 1]!;
    console.log(
      `CPU time ratio ${sizes[i]}/${sizes[i - 1]}: ${(seconds[i]! / seconds[i - 1]!).toFixed(1)} ` +
        `(linear = ${growth}, all pairs = ${growth * growth})`,
    );
  }
}

function main(): void {
  const missing = ['basil', 'ecbplus', 'bbc'].filter((name) => !existsSync(corpusPath(name)));
  if (missing.length) {
    console.log(`skipped: ../shared corpora not found (${missing.join(', ')}) at ${join(shared, 'corpus')}`);
    return;
  }
  qualityTable();
  speedTable(process.argv.includes('--big') ? [1_000, 10_000, 100_000] : [1_000, 10_000]);
}

main();
