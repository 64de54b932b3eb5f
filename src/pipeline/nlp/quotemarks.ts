// Pairs quotation marks inside each block, in one linear pass per block (no regex backtracking).
import type { BlockKind, TextBlock } from './types.ts';

export interface Fragment {
  /** Words inside the marks (marks excluded, outer spaces and trailing commas trimmed). */
  start: number;
  end: number;
  /** Position of the opening mark and just after the closing mark (or the block end when unclosed). */
  markStart: number;
  markEnd: number;
  block: number;
  blockKind: BlockKind;
  /** False when the paragraph ended before a closing mark: the quotation runs on into the next paragraph. */
  closed: boolean;
  /** Double marks (speech in body text) or single marks (headline and subheading quotes). */
  marks: 'double' | 'single';
}

const OPEN_DOUBLE = new Set(['“', '„', '«', '‟']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function trimInner(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  return [start, end];
}

function pushFragment(out: Fragment[], text: string, f: Omit<Fragment, 'start' | 'end'>, innerStart: number, innerEnd: number): void {
  const [start, end] = trimInner(text, innerStart, innerEnd);
  // A fragment needs at least one letter or digit to be words.
  if (end <= start) return;
  let hasWord = false;
  for (let i = start; i < end && !hasWord; i++) hasWord = LETTER_OR_DIGIT.test(text[i]!);
  if (hasWord) out.push({ ...f, start, end });
}

/** Double-quoted fragments of one block; an opening mark without a close runs to the block end. */
function doubleQuotes(text: string, block: TextBlock, index: number, out: Fragment[]): void {
  let open = -1;
  for (let i = block.start; i < block.end; i++) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';
    const prev = i > block.start ? text[i - 1]! : ' ';
    let isOpen = false;
    let isClose = false;
    if (OPEN_DOUBLE.has(c)) {
      // A curly opening mark used as a closing one ("word“ ") closes when a quote is open.
      if (open >= 0 && !LETTER_OR_DIGIT.test(next) && !/\s/.test(prev)) isClose = true;
      else isOpen = true;
    } else if (CLOSE_DOUBLE.has(c)) {
      if (open >= 0) isClose = true;
      // A closing mark used as an opening one (a common typo): only before a word, after a space.
      else if (LETTER_OR_DIGIT.test(next) && /\s|^$/.test(prev)) isOpen = true;
    } else if (c === '"') {
      if (open >= 0) isClose = true;
      else if (next && !/\s/.test(next)) isOpen = true;
    }
    if (isOpen) {
      // A new opening while one is open: the earlier one was never closed; keep only the newer.
      open = i;
    } else if (isClose) {
      pushFragment(out, text, { markStart: open, markEnd: i + 1, block: index, blockKind: block.kind, closed: true, marks: 'double' }, open + 1, i);
      open = -1;
    }
  }
  if (open >= 0)
    pushFragment(out, text, { markStart: open, markEnd: block.end, block: index, blockKind: block.kind, closed: false, marks: 'double' }, open + 1, block.end);
}

/** Single-quoted fragments (‘…’ or '…') of a headline or subheading: apostrophes inside words are not marks. */
function singleQuotes(text: string, block: TextBlock, index: number, out: Fragment[]): void {
  let open = -1;
  for (let i = block.start; i < block.end; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const prev = i > block.start ? text[i - 1]! : ' ';
    const next = text[i + 1] ?? ' ';
    const canOpen = !LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next) && c !== '’';
    const canClose = !LETTER_OR_DIGIT.test(next) && (LETTER_OR_DIGIT.test(prev) || /[.!?,]/.test(prev));
    if (open >= 0 && canClose && c !== '‘') {
      pushFragment(out, text, { markStart: open, markEnd: i + 1, block: index, blockKind: block.kind, closed: true, marks: 'single' }, open + 1, i);
      open = -1;
    } else if (canOpen) open = i;
  }
}

/** All quoted fragments of the document, in reading order, never overlapping, each inside one block. */
export function findFragments(text: string, blocks: TextBlock[]): Fragment[] {
  const out: Fragment[] = [];
  blocks.forEach((block, index) => {
    const found: Fragment[] = [];
    doubleQuotes(text, block, index, found);
    if (block.kind !== 'paragraph') {
      const singles: Fragment[] = [];
      singleQuotes(text, block, index, singles);
      // Single marks inside a double-quoted fragment are a quote within a quote: not separate.
      for (const s of singles) if (!found.some((d) => s.markStart < d.markEnd && d.markStart < s.markEnd)) found.push(s);
      found.sort((a, b) => a.start - b.start);
    }
    for (const f of found) out.push(f);
  });
  return out;
}
