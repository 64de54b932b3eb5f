// The annotate contract's FILE mode (../shared/eval/README.md): the whole ingestion on one raw article file, with
// offsets per paragraph (-1 = the title) and one quote per fragment. Shared by the CLI and `npm run eval`.
import type { Article } from '../../shared/schema.ts';
import type { DateWindow } from '../clean/dates.ts';
import { ingest } from '../ingest.ts';

type Fragment = Article['quotes'][number]['fragments'][number];
type Speaker = NonNullable<Article['quotes'][number]['speaker']>;

/** One fragment of a quote or turn: its text and offsets in its paragraph (-1 = the title). */
function fragmentJson(article: Article, f: Fragment) {
  return { text: (f.block < 0 ? article.title : article.blocks[f.block]!.text).slice(f.start, f.end), paragraph: f.block, start: f.start, end: f.end };
}

function speakerJson(speaker: Speaker | null) {
  if (!speaker) return null;
  return {
    name: speaker.name,
    ...(speaker.entity ? { entity: speaker.entity } : {}),
    ...(speaker.mention ? { paragraph: speaker.mention.block, start: speaker.mention.start, end: speaker.mention.end } : {}),
  };
}

/** The article in the FILE output shape: offsets per paragraph (-1 = the title), one quote per fragment; each turn of
 * a transcript is quotes of kind "turn", one per paragraph it runs over (as the --jsonl contract). */
export function fileContract(article: Article): object {
  return {
    title: article.title,
    section: article.section,
    date: article.date,
    paragraphs: article.blocks.map((b) => ({ kind: b.kind, text: b.text })),
    quotes: [
      ...article.quotes.flatMap((q) =>
        q.fragments.map((f) => ({ kind: 'quote', ...fragmentJson(article, f), id: q.id, confidence: q.confidence, speaker: speakerJson(q.speaker), ...(q.cue ? { cue: q.cue.text } : {}) })),
      ),
      ...(article.turns ?? []).flatMap((t) => t.fragments.map((f) => ({ kind: 'turn', ...fragmentJson(article, f), id: t.id, speaker: speakerJson(t.speaker) }))),
    ],
    entities: article.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      role: e.role,
      mentions: e.mentions.map((m) => ({ paragraph: m.block, start: m.start, end: m.end })),
    })),
  };
}

/** One raw file through ingestion, in the FILE output shape, or {error} when it cannot be ingested. */
export async function annotateFileContract(file: string, options: { today: string; window: DateWindow | null }): Promise<object> {
  const result = await ingest({ input: file, out: null, today: options.today, window: options.window, relatedCount: 0 });
  const article = result.articles[0];
  return article ? fileContract(article) : { error: result.rejected[0]?.reason ?? 'no article found' };
}
