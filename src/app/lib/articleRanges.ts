// Collects the ranges (quote fragments, entity mentions, turn labels and stage directions) that fall in one block
// of an article.
import type { Article, Location } from '../../shared/schema.ts';
import type { Range } from './renderTree.ts';

export const TITLE_BLOCK = -1;

/** All ranges of block `block` (-1 = the headline), ready for buildRenderTree. */
export function rangesForBlock(article: Pick<Article, 'quotes' | 'entities' | 'turns'>, block: number): Range[] {
  const ranges: Range[] = [];
  for (const turn of article.turns ?? []) {
    if (turn.label.block === block) ranges.push({ kind: 'label', start: turn.label.start, end: turn.label.end, turnId: turn.id });
    for (const stage of turn.stageDirections ?? []) {
      if (stage.block === block) ranges.push({ kind: 'stage', start: stage.start, end: stage.end, turnId: turn.id });
    }
  }
  for (const quote of article.quotes) {
    quote.fragments.forEach((location, fragment) => {
      if (location.block === block) {
        ranges.push({ kind: 'quote', start: location.start, end: location.end, quoteId: quote.id, fragment });
      }
    });
  }
  for (const entity of article.entities) {
    for (const location of entity.mentions) {
      if (location.block === block) {
        ranges.push({ kind: 'mention', start: location.start, end: location.end, entityId: entity.id });
      }
    }
  }
  return ranges;
}

/** The text a location points at, or null when it is out of range. */
export function textAt(article: Pick<Article, 'title' | 'blocks'>, location: Location): string | null {
  const text = location.block === TITLE_BLOCK ? article.title : article.blocks[location.block]?.text;
  if (text === undefined || location.end > text.length || location.start >= location.end) return null;
  return text.slice(location.start, location.end);
}
