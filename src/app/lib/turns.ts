// A transcript's blocks grouped by turn: the reader wraps each turn's blocks (its label's paragraph, its words,
// stage directions inside it) in one element; blocks outside any turn stay as they are.
import type { Article, Turn } from '../../shared/schema.ts';

export interface BlockGroup {
  /** The turn these blocks belong to, or null for blocks outside every turn. */
  turn: Turn | null;
  /** Block indexes, in order. */
  blocks: number[];
}

/** The blocks each turn spans: from its label's block to its last fragment's block. */
function turnOfBlock(article: Pick<Article, 'blocks' | 'turns'>): Array<Turn | null> {
  const owner: Array<Turn | null> = article.blocks.map(() => null);
  for (const turn of article.turns ?? []) {
    const blocks = [turn.label.block, ...turn.fragments.map((f) => f.block)].filter((b) => b >= 0 && b < owner.length);
    if (blocks.length === 0) continue;
    for (let b = Math.min(...blocks); b <= Math.max(...blocks); b++) owner[b] ??= turn;
  }
  return owner;
}

/** The article's blocks in order, consecutive blocks of one turn together. */
export function turnGroups(article: Pick<Article, 'blocks' | 'turns'>): BlockGroup[] {
  const owner = turnOfBlock(article);
  const groups: BlockGroup[] = [];
  owner.forEach((turn, index) => {
    const last = groups[groups.length - 1];
    if (last && last.turn === turn) last.blocks.push(index);
    else groups.push({ turn, blocks: [index] });
  });
  return groups;
}
