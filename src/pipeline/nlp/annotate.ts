// The annotation engine: entities first (speakers resolve to them), then quoted fragments and their speakers, then
// the turns of a transcript (speaker labels resolved to the same entities).
import type { AnnotateInput, Annotation, TextBlock } from './types.ts';
import { analyzeEntities, toFoundEntities } from './entities.ts';
import { findFragments } from './quotemarks.ts';
import { attributeQuotes } from './attribution.ts';
import { findTurns, firstPersonQuotesInTurns, quotesWithKnownSpeakers, withoutLabelJunk, withSpeakerEntities } from './turns.ts';

/** Keeps blocks inside the text and in order, so a bad caller can't push offsets out of range. */
function sanitizeBlocks(text: string, blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let cursor = 0;
  for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
    const start = Math.max(cursor, Math.min(text.length, Math.max(0, Math.floor(b.start))));
    const end = Math.max(start, Math.min(text.length, Math.floor(b.end)));
    if (end > start) out.push({ kind: b.kind, start, end });
    cursor = end;
  }
  return out;
}

/** Annotates one document: entities with all their mentions, and attributed quotes. Never throws on text. */
export function annotate(input: AnnotateInput): Annotation {
  const text = typeof input.text === 'string' ? input.text : '';
  const blocks = sanitizeBlocks(text, input.blocks ?? []);
  if (blocks.length === 0) return { entities: [], quotes: [], turns: [] };
  const analysis = analyzeEntities(text, blocks);
  const fragments = findFragments(text, blocks);
  const found = findTurns(text, blocks, analysis);
  const { entities, turns } = withSpeakerEntities(withoutLabelJunk(toFoundEntities(analysis.entities), found), found);
  const quotes = quotesWithKnownSpeakers(firstPersonQuotesInTurns(attributeQuotes(text, blocks, analysis, fragments), turns), entities, turns);
  return { entities, quotes, turns };
}
