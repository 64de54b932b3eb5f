// Builds the nested render tree of one block's text from quote fragments and entity mentions (and, in a
// transcript, the turns' speaker labels and stage directions, which hold mentions but no quotes).
// Quotes never overlap each other; mentions may nest ("Chinese" inside "Chinese President Xi Jinping")
// and may cross a quote boundary, in which case the mention is split so the quote stays whole.

export interface QuoteRange {
  kind: 'quote';
  start: number;
  end: number;
  quoteId: string;
  /** Index of the quote's fragment: only the first piece of fragment 0 carries the element id. */
  fragment: number;
}

export interface MentionRange {
  kind: 'mention';
  start: number;
  end: number;
  entityId: string;
}

/** A turn's speaker label ("Vladimir Putin:") or a stage direction inside a turn ("(Laughter.)"). */
interface TurnPartRangeOf<Kind extends 'label' | 'stage'> {
  kind: Kind;
  start: number;
  end: number;
  turnId: string;
}
export type TurnPartRange = TurnPartRangeOf<'label'> | TurnPartRangeOf<'stage'>;

export type Range = QuoteRange | MentionRange | TurnPartRange;

export interface TextNode {
  kind: 'text';
  text: string;
  start: number;
}

export interface QuoteNode {
  kind: 'quote';
  quoteId: string;
  /** True on the first piece of the quote's first fragment: it gets id="<quote id>". */
  first: boolean;
  start: number;
  end: number;
  children: TreeNode[];
}

export interface MentionNode {
  kind: 'mention';
  entityId: string;
  start: number;
  end: number;
  children: TreeNode[];
}

interface TurnPart<Kind extends 'label' | 'stage'> {
  kind: Kind;
  turnId: string;
  start: number;
  end: number;
  children: TreeNode[];
}
export type LabelNode = TurnPart<'label'>;
export type StageNode = TurnPart<'stage'>;
export type TurnPartNode = LabelNode | StageNode;

export type TreeNode = TextNode | QuoteNode | MentionNode | TurnPartNode;
type ElementNode = QuoteNode | MentionNode | TurnPartNode;

/** Drops empty and out-of-bounds ranges, clamping ends to the text. */
function validRanges(ranges: readonly Range[], length: number): Range[] {
  return ranges
    .map((range) => ({ ...range, start: Math.max(0, range.start), end: Math.min(length, range.end) }))
    .filter((range) => range.start < range.end);
}

/** True when the two ranges overlap without one containing the other. */
function crosses(a: Range, b: Range): boolean {
  return (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);
}

/** Splits each mention at the boundaries of the quotes it crosses, so quotes are never the ones cut. */
export function splitMentionsAtQuotes(ranges: readonly Range[]): Range[] {
  const quotes = ranges.filter((range) => range.kind === 'quote');
  const result: Range[] = [];
  for (const range of ranges) {
    if (range.kind === 'quote') {
      result.push(range);
      continue;
    }
    const cuts = quotes
      .filter((quote) => crosses(range, quote))
      .map((quote) => (quote.start > range.start ? quote.start : quote.end))
      .sort((a, b) => a - b);
    let from = range.start;
    for (const cut of cuts) {
      result.push({ ...range, start: from, end: cut });
      from = cut;
    }
    result.push({ ...range, start: from, end: range.end });
  }
  return result;
}

/** Of ranges with the same span, which is outside: a label or stage direction, then a quote, then a mention. */
const NESTING: Record<Range['kind'], number> = { label: 0, stage: 1, quote: 2, mention: 3 };

/** Outer ranges first: earlier start, then longer, then quotes outside mentions of the same span. */
function compareRanges(a: Range, b: Range): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return b.end - a.end;
  return NESTING[a.kind] - NESTING[b.kind];
}

function insertSorted(queue: Range[], range: Range): void {
  let index = queue.findIndex((other) => compareRanges(range, other) < 0);
  if (index === -1) index = queue.length;
  queue.splice(index, 0, range);
}

function toElement(range: Range, seenQuotes: Set<string>): ElementNode {
  if (range.kind === 'mention') {
    return { kind: 'mention', entityId: range.entityId, start: range.start, end: range.end, children: [] };
  }
  if (range.kind === 'label') return { kind: 'label', turnId: range.turnId, start: range.start, end: range.end, children: [] };
  if (range.kind === 'stage') return { kind: 'stage', turnId: range.turnId, start: range.start, end: range.end, children: [] };
  const first = range.fragment === 0 && !seenQuotes.has(range.quoteId);
  seenQuotes.add(range.quoteId);
  return { kind: 'quote', quoteId: range.quoteId, first, start: range.start, end: range.end, children: [] };
}

/** Fills the gaps between element children with text nodes, recursively. */
function fillText(text: string, start: number, end: number, elements: ElementNode[]): TreeNode[] {
  const nodes: TreeNode[] = [];
  let at = start;
  for (const element of elements) {
    if (element.start > at) nodes.push({ kind: 'text', text: text.slice(at, element.start), start: at });
    element.children = fillText(text, element.start, element.end, element.children as ElementNode[]);
    nodes.push(element);
    at = element.end;
  }
  if (at < end) nodes.push({ kind: 'text', text: text.slice(at, end), start: at });
  return nodes;
}

/**
 * The nested tree for `text`: every character appears exactly once, in order, and every element's
 * children lie inside it. A range crossing an enclosing one is split at the enclosing range's end.
 */
export function buildRenderTree(text: string, ranges: readonly Range[]): TreeNode[] {
  const queue = splitMentionsAtQuotes(validRanges(ranges, text.length)).sort(compareRanges);
  const roots: ElementNode[] = [];
  const stack: ElementNode[] = [];
  const seenQuotes = new Set<string>();

  while (queue.length > 0) {
    const range = queue.shift() as Range;
    while (stack.length > 0 && (stack[stack.length - 1] as ElementNode).end <= range.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && range.end > parent.end) {
      // Crossing: keep the part inside the parent here, handle the rest once the parent is closed.
      insertSorted(queue, { ...range, start: parent.end } as Range);
      range.end = parent.end;
    }
    const element = toElement(range, seenQuotes);
    (parent ? parent.children : roots).push(element);
    stack.push(element);
  }
  return fillText(text, 0, text.length, roots);
}

/** The plain text of a tree, for checking that nothing was lost or duplicated. */
export function treeText(nodes: readonly TreeNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : treeText(node.children))).join('');
}
