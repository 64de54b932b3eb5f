import { describe, expect, it } from 'vitest';
import { buildRenderTree, treeText, type Range, type TreeNode } from './renderTree.ts';
import { rangesForBlock } from './articleRanges.ts';
import { inventedArticle } from '../fixtures/invented.ts';

const mention = (start: number, end: number, entityId: string): Range => ({ kind: 'mention', start, end, entityId });
const quote = (start: number, end: number, quoteId: string, fragment = 0): Range => ({
  kind: 'quote',
  start,
  end,
  quoteId,
  fragment,
});

/** Compact form of a tree: [kind:id "text"] for reading test expectations. */
function show(nodes: readonly TreeNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      const label =
        node.kind === 'quote' ? `q:${node.quoteId}${node.first ? '*' : ''}` : node.kind === 'mention' ? `m:${node.entityId}` : `${node.kind}:${node.turnId}`;
      return `[${label} ${show(node.children)}]`;
    })
    .join('');
}

describe('buildRenderTree', () => {
  it('puts a turn label around the mentions in it, and a quote stays whole beside it', () => {
    const text = 'Ann Lee: I said “we go” today.';
    const ranges: Range[] = [
      { kind: 'label', start: 0, end: 8, turnId: 't1' },
      mention(0, 7, 'ann-lee'),
      quote(17, 22, 'q1'),
      { kind: 'stage', start: 24, end: 29, turnId: 't1' },
    ];
    const tree = buildRenderTree(text, ranges);
    expect(show(tree)).toBe('[label:t1 [m:ann-lee Ann Lee]:] I said “[q:q1* we go]” [stage:t1 today].');
    expect(treeText(tree)).toBe(text);
  });

  it('returns plain text when there are no ranges', () => {
    expect(buildRenderTree('Hello there', [])).toEqual([{ kind: 'text', text: 'Hello there', start: 0 }]);
  });

  it('nests a mention inside a longer mention that starts at the same place', () => {
    const text = 'Chinese President Xi Jinping spoke.';
    const tree = buildRenderTree(text, [mention(0, 7, 'china'), mention(0, 28, 'xi')]);
    expect(show(tree)).toBe('[m:xi [m:china Chinese] President Xi Jinping] spoke.');
  });

  it('puts mentions inside a quote and marks the first fragment', () => {
    const text = 'He said “Beijing is a priority” today.';
    const tree = buildRenderTree(text, [quote(9, 30, 'q1'), mention(9, 16, 'beijing')]);
    expect(show(tree)).toBe('He said “[q:q1* [m:beijing Beijing] is a priority]” today.');
  });

  it('splits a mention that crosses a quote boundary, keeping the quote whole', () => {
    const text = 'abcdefghij';
    const tree = buildRenderTree(text, [mention(2, 6, 'e'), quote(4, 8, 'q')]);
    expect(show(tree)).toBe('ab[m:e cd][q:q* [m:e ef]gh]ij');
  });

  it('splits a mention crossing the start of a quote from the other side', () => {
    const tree = buildRenderTree('abcdefghij', [quote(1, 5, 'q'), mention(3, 8, 'e')]);
    expect(show(tree)).toBe('a[q:q* bc[m:e de]][m:e fgh]ij');
  });

  it('splits the later of two crossing mentions at the end of the earlier one', () => {
    const tree = buildRenderTree('abcdefghij', [mention(0, 5, 'a'), mention(3, 8, 'b')]);
    expect(show(tree)).toBe('[m:a abc[m:b de]][m:b fgh]ij');
  });

  it('keeps a mention that contains a whole quote unsplit', () => {
    const tree = buildRenderTree('the “Tide” play', [mention(0, 15, 'play'), quote(5, 9, 'q')]);
    expect(show(tree)).toBe('[m:play the “[q:q* Tide]” play]');
  });

  it('marks only the first fragment of a multi-fragment quote as first', () => {
    const tree = buildRenderTree('“One,” she said. “Two.”', [quote(1, 5, 'q', 0), quote(18, 22, 'q', 1)]);
    expect(show(tree)).toBe('“[q:q* One,]” she said. “[q:q Two.]”');
  });

  it('drops empty and out-of-range ranges instead of failing', () => {
    const tree = buildRenderTree('short', [mention(3, 3, 'empty'), mention(2, 99, 'long'), quote(7, 9, 'q')]);
    expect(show(tree)).toBe('sh[m:long ort]');
  });

  it('keeps every character of a real block exactly once, in order', () => {
    inventedArticle.blocks.forEach((block, index) => {
      const tree = buildRenderTree(block.text, rangesForBlock(inventedArticle, index));
      expect(treeText(tree)).toBe(block.text);
    });
    const titleTree = buildRenderTree(inventedArticle.title, rangesForBlock(inventedArticle, -1));
    expect(show(titleTree)).toBe('Ferry pier to reopen ‘[q:quote-aaa001* by spring]’, [m:ada-quill mayor] says');
  });

  it('holds for random ranges: text preserved, children inside parents, quotes never split', () => {
    const text = 'x'.repeat(40);
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 300; run++) {
      const ranges: Range[] = [];
      let at = 0;
      while (at < 38) {
        const start = at + random(6);
        const end = start + 1 + random(6);
        if (end > 40) break;
        ranges.push(quote(start, end, `q${start}`));
        at = end + 1;
      }
      for (let i = 0; i < 6; i++) {
        const start = random(39);
        ranges.push(mention(start, start + 1 + random(12), `m${i}`));
      }
      const tree = buildRenderTree(text, ranges);
      expect(treeText(tree)).toBe(text);
      const quotePieces = new Map<string, number>();
      const visit = (nodes: readonly TreeNode[], from: number, to: number) => {
        for (const node of nodes) {
          if (node.kind === 'text') continue;
          expect(node.start).toBeGreaterThanOrEqual(from);
          expect(node.end).toBeLessThanOrEqual(to);
          if (node.kind === 'quote') quotePieces.set(node.quoteId, (quotePieces.get(node.quoteId) ?? 0) + 1);
          visit(node.children, node.start, node.end);
        }
      };
      visit(tree, 0, text.length);
      for (const count of quotePieces.values()) expect(count).toBe(1);
    }
  });
});
