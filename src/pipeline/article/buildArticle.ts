// From a clean article to the app's Article: annotate the whole document once, then express every offset
// relative to its block (headline = block -1) and give quotes and blocks their stable anchors.
import { anchorIds, slugify } from '../../shared/ids.ts';
import type { Article, ArticleEntity, Location, Quote, Speaker, Turn } from '../../shared/schema.ts';
import type { CleanArticle } from '../clean/cleanArticle.ts';
import type { AnnotateInput, Annotation, BlockKind, FoundEntity, FoundQuote, FoundSpeaker, FoundTurn, Span, TextBlock } from '../nlp/types.ts';

export const BLOCK_SEPARATOR = '\n\n';
const WORDS_PER_MINUTE = 230;

/** Stage directions and section breaks are read like paragraphs by the engine (its turn step knows them by shape). */
function engineKind(kind: CleanArticle['blocks'][number]['kind'] | 'title'): BlockKind {
  return kind === 'stage-direction' || kind === 'section-break' ? 'paragraph' : kind;
}

/** The document the engine annotates: headline, then every block, separated by blank lines. */
export function documentOf(article: Pick<CleanArticle, 'title' | 'blocks'>): AnnotateInput {
  let text = '';
  const blocks: TextBlock[] = [];
  const parts = [{ kind: 'title' as const, text: article.title }, ...article.blocks];
  parts.forEach((part, i) => {
    if (i > 0) text += BLOCK_SEPARATOR;
    blocks.push({ kind: engineKind(part.kind), start: text.length, end: text.length + part.text.length });
    text += part.text;
  });
  return { text, blocks };
}

/** Maps a document span to its block; block index -1 is the headline. Spans are clipped to their block. */
export function locate(blocks: readonly TextBlock[], span: Span): Location {
  let index = blocks.length - 1;
  while (index > 0 && blocks[index]!.start > span.start) index--;
  const block = blocks[index]!;
  const start = Math.max(0, span.start - block.start);
  const end = Math.min(block.end - block.start, Math.max(start, span.end - block.start));
  return { block: index - 1, start, end };
}

export function readingMinutes(texts: readonly string[]): number {
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Ids that would collide with the data layout's own files (entities/index.json) get a suffix. */
const RESERVED_IDS = new Set(['index']);

export function entityFileId(id: string): string {
  return RESERVED_IDS.has(id) ? `${id}-entity` : id;
}

/** Fragments of one quotation, in reading order. */
function groupQuotations(quotes: readonly FoundQuote[]): FoundQuote[][] {
  const groups = new Map<number, FoundQuote[]>();
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    const group = groups.get(quote.quotation);
    if (group) group.push(quote);
    else groups.set(quote.quotation, [quote]);
  }
  return [...groups.values()];
}

function toSpeaker(found: FoundSpeaker | null, blocks: readonly TextBlock[]): Speaker | null {
  if (!found) return null;
  return {
    entity: found.entity === null ? null : entityFileId(found.entity),
    name: found.name,
    ...(found.mention ? { mention: locate(blocks, found.mention) } : {}),
  };
}

export function toQuotes(found: readonly FoundQuote[], blocks: readonly TextBlock[]): Quote[] {
  const groups = groupQuotations(found);
  const texts = groups.map((g) => g.map((f) => f.text).join(' '));
  const ids = anchorIds('quote', texts);
  return groups.map((group, i) => {
    const lead = group[0]!;
    const spoken = group.find((f) => f.speaker) ?? lead;
    const cued = group.find((f) => f.cue) ?? lead;
    const quote: Quote = {
      id: ids[i]!,
      text: texts[i]!,
      fragments: group.map((f) => locate(blocks, f)),
      speaker: toSpeaker(spoken.speaker, blocks),
      confidence: Math.min(1, Math.max(0, Math.min(...group.map((f) => f.confidence)))),
    };
    if (cued.cue) quote.cue = { text: cued.cue.text, location: locate(blocks, cued.cue) };
    return quote;
  });
}

/** A document span as one location per block it touches (blocks' separators left out). */
export function locateAcrossBlocks(blocks: readonly TextBlock[], span: Span): Location[] {
  const locations: Location[] = [];
  blocks.forEach((block, index) => {
    const start = Math.max(span.start, block.start);
    const end = Math.min(span.end, block.end);
    if (end > start) locations.push({ block: index - 1, start: start - block.start, end: end - block.start });
  });
  return locations;
}

/** Turns with their anchors (from their own words) and their words located block by block. */
export function toTurns(found: readonly FoundTurn[], document: AnnotateInput): Turn[] {
  const ids = anchorIds('turn', found.map((t) => document.text.slice(t.start, t.end)));
  return found.map((turn, i) => ({
    id: ids[i]!,
    speaker: toSpeaker(turn.speaker, document.blocks),
    label: locate(document.blocks, turn.label),
    fragments: locateAcrossBlocks(document.blocks, turn),
    ...(turn.stageDirections.length > 0 ? { stageDirections: turn.stageDirections.map((s) => locate(document.blocks, s)) } : {}),
  }));
}

/** An article is about an entity named in its headline or dominating its mentions; otherwise it only mentions it. */
export function isAbout(entity: FoundEntity, titleEnd: number, maxMentions: number): boolean {
  const inHeadline = entity.mentions.some((m) => m.start < titleEnd);
  const dominant = entity.mentions.length >= 3 && entity.mentions.length * 2 >= maxMentions;
  return inHeadline || dominant;
}

export function toEntities(found: readonly FoundEntity[], blocks: readonly TextBlock[]): ArticleEntity[] {
  const titleEnd = blocks[0]?.end ?? 0;
  const maxMentions = Math.max(0, ...found.map((e) => e.mentions.length));
  return found
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({
      id: entityFileId(e.id || slugify(e.name)),
      name: e.name,
      type: e.type,
      role: e.role,
      about: isAbout(e, titleEnd, maxMentions),
      mentions: [...e.mentions].sort((a, b) => a.start - b.start).map((m) => locate(blocks, m)),
    }))
    .sort((a, b) => Number(b.about) - Number(a.about) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Builds the Article (without related links, which need the whole corpus). */
export function buildArticle(clean: CleanArticle, slug: string, annotation: Annotation, document: AnnotateInput): Article {
  const blockIds = anchorIds('p', clean.blocks.map((b) => b.text));
  return {
    id: clean.id,
    slug,
    title: clean.title,
    section: clean.section,
    date: clean.date,
    dateText: clean.dateText,
    ...(clean.dateSource ? { dateSource: clean.dateSource } : {}),
    fiction: clean.fiction,
    readingMinutes: readingMinutes([clean.title, ...clean.blocks.map((b) => b.text)]),
    blocks: clean.blocks.map((b, i) => ({ id: blockIds[i]!, kind: b.kind, text: b.text })),
    quotes: toQuotes(annotation.quotes, document.blocks),
    ...(annotation.turns.length > 0 ? { turns: toTurns(annotation.turns, document) } : {}),
    entities: toEntities(annotation.entities, document.blocks),
    related: [],
  };
}

/** Headline slug, cut at a word boundary; the pipeline makes it unique across the output. */
export function articleSlug(title: string): string {
  return slugify(title, 90);
}
