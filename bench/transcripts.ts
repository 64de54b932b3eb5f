// Transcripts at corpus scale: the presidential corpus (Kremlin and Ukrainian-presidency releases, one-line bodies)
// through the real ingestion: how many articles read as transcripts, their turns, the restored paragraphs, and
// people whose names look made from a label (the questioner's word, a bare title, debris glued to a name).
//   npx tsx bench/transcripts.ts [CORPUS.jsonl]      (default ../shared/corpus/presidential-2022/articles.jsonl)
// Figures only, never assertions; says so and stops when the corpus is absent.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/pipeline/ingest.ts';

const shared = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const input = process.argv[2] ?? join(shared, 'corpus', 'presidential-2022', 'articles.jsonl');
if (!existsSync(input)) {
  console.log(`transcripts bench: ${input} not found; nothing to measure.`);
  process.exit(0);
}

const LABEL_WORDS = new Set(['question', 'remark', 'answer', 'journalist', 'reporter', 'participant', 'president', 'minister', 'director', 'chairman', 'chair', 'speaker']);
/** A person's name that a label could have made: a questioner's word or a bare title, or a word glued to the next ("AlexanderPresident"). */
const labelLike = (name: string) => LABEL_WORDS.has(name.toLowerCase()) || /\p{Ll}\p{Lu}\p{Ll}{3,}/u.test(name.replace(/\bMc|\bMac/g, ''));

const result = await ingest({ input, out: null, today: new Date().toISOString().slice(0, 10), window: null, relatedCount: 0, workers: 1 });
const transcripts = result.articles.filter((a) => (a.turns ?? []).length > 0);
const turns = transcripts.flatMap((a) => a.turns!);
const blocks = new Map<string, number>();
for (const a of result.articles) for (const b of a.blocks) blocks.set(b.kind, (blocks.get(b.kind) ?? 0) + 1);
const paragraphs = result.articles.flatMap((a) => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.length)).sort((x, y) => x - y);
const people = result.site?.entityIndex.entities.filter((e) => e.type === 'person') ?? [];

console.log(`articles                     ${result.articles.length}`);
console.log(`transcripts (with turns)     ${transcripts.length}, of which ${transcripts.filter((a) => a.turns!.length >= 4).length} with 4 turns or more`);
console.log(`turns                        ${turns.length}: ${turns.filter((t) => !t.speaker).length} by an unnamed speaker, ${turns.filter((t) => t.speaker && !t.speaker.entity).length} named without an entity`);
console.log(`speakers                     ${new Set(turns.flatMap((t) => (t.speaker ? [t.speaker.name] : []))).size}`);
console.log(`blocks                       ${JSON.stringify(Object.fromEntries(blocks))}`);
console.log(`paragraph length (chars)     median ${paragraphs[paragraphs.length >> 1]}, 90th percentile ${paragraphs[Math.floor(paragraphs.length * 0.9)]}, longest ${paragraphs[paragraphs.length - 1]}`);
console.log(`people that look made by a label: ${JSON.stringify(people.filter((e) => labelLike(e.name)).map((e) => `${e.name} (${e.articleCount})`))}`);
