// Paragraphs restored in a body that arrived as one line (a scraper that lost the breaks): split where the
// structure shows — section breaks (" * * * "), stage directions standing as sentences ("(Minute of silence.)"),
// speaker labels ("Vladimir Putin:") — and prose at sentence boundaries into paragraphs of a readable length.
// Never inside a quotation. Deterministic: the same text always gives the same blocks.
import { findLabelCandidates, labelsKnownByText, SECTION_BREAK } from '../nlp/labels.ts';
import type { CleanBlock } from './blocks.ts';

/** A paragraph longer than this, alone in its body, is a body that lost its breaks. */
export const RESTORE_FROM_CHARS = 900;
/** Prose is cut at the first sentence end past this length. */
const PARAGRAPH_CHARS = 420;
/** A last piece shorter than this joins the paragraph before it. */
const SHORT_TAIL_CHARS = 140;
export const SECTION_BREAK_TEXT = '* * *';

const STAGE_DIRECTION = /[([]\p{Lu}[^()[\]]{0,80}[)\]]/gu;
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Sen|Rep|Gov|Rev|Hon|No|vs|etc|i\.e|e\.g)|\b\p{L})\.$/u;
const OPENING_MARKS = new Set(['“', '«', '„']);
const CLOSING_MARKS = new Set(['”', '»']);

/** For each offset, whether it lies inside a quotation (curly marks nest, straight ones toggle). */
function quotationDepths(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENING_MARKS.has(ch)) depth++;
    else if (CLOSING_MARKS.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') straight = !straight;
    inside[i + 1] = depth > 0 || straight ? 1 : 0;
  }
  return inside;
}

/** Offsets where a new sentence starts: after . ! ? … (and closing marks), before a capital or an opening mark. */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  const re = /[.!?…]["”’»)\]]*\s+(?=[\p{Lu}\p{N}“"«(\[])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + 1;
    if (text[m.index] === '.' && ABBREVIATION.test(text.slice(Math.max(0, end - 6), end))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

interface Cut {
  at: number;
  /** The end of what is set apart at the cut (a stage direction, a section break); none for a label. */
  end?: number;
  kind?: 'stage-direction' | 'section-break';
}

/** Where the text must be cut: section breaks, labels and stage directions standing as sentences, outside quotations. */
function structuralCuts(text: string): Cut[] {
  const quoted = quotationDepths(text);
  const cuts: Cut[] = [];
  const breaks = new RegExp(SECTION_BREAK.source, 'g');
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) cuts.push({ at: m.index, end: m.index + m[0].length, kind: 'section-break' });
  for (const label of labelsKnownByText(findLabelCandidates(text))) if (!quoted[label.start]) cuts.push({ at: label.start });
  const stages = new RegExp(STAGE_DIRECTION.source, 'gu');
  for (let m = stages.exec(text); m; m = stages.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const standsAlone = (m.index === 0 || /[.!?…:*]\s*$/.test(before)) && (after === '' || /^\s/.test(after));
    if (standsAlone && !quoted[m.index]) cuts.push({ at: m.index, end: m.index + m[0].length, kind: 'stage-direction' });
  }
  return cuts.sort((a, b) => a.at - b.at);
}

/** Prose into paragraphs at sentence starts outside quotations, each at least PARAGRAPH_CHARS where it can be. */
export function proseParagraphs(text: string): string[] {
  const quoted = quotationDepths(text);
  const paragraphs: string[] = [];
  let from = 0;
  for (const start of sentenceStarts(text)) {
    if (quoted[start] || start - from < PARAGRAPH_CHARS) continue;
    if (text.length - start < SHORT_TAIL_CHARS) break;
    paragraphs.push(text.slice(from, start).trim());
    from = start;
  }
  paragraphs.push(text.slice(from).trim());
  return paragraphs.filter(Boolean);
}

/** The blocks of a body that arrived as one line. */
export function restoreParagraphs(text: string): CleanBlock[] {
  const blocks: CleanBlock[] = [];
  let from = 0;
  const prose = (to: number) => {
    for (const p of proseParagraphs(text.slice(from, to))) blocks.push({ kind: 'paragraph', text: p });
  };
  for (const cut of structuralCuts(text)) {
    if (cut.at < from) continue;
    prose(cut.at);
    from = cut.end ?? cut.at;
    if (cut.kind === 'stage-direction') blocks.push({ kind: cut.kind, text: text.slice(cut.at, cut.end) });
    // a break opens no article and closes none; two in a row are one
    if (cut.kind === 'section-break' && blocks.length > 0 && blocks[blocks.length - 1]!.kind !== 'section-break') {
      blocks.push({ kind: cut.kind, text: SECTION_BREAK_TEXT });
    }
  }
  prose(text.length);
  while (blocks.length > 0 && blocks[blocks.length - 1]!.kind === 'section-break') blocks.pop();
  return blocks;
}

/** A body whose text is one long paragraph lost its breaks; any other body keeps the paragraphs it has. */
export function needsRestoring(paragraphs: readonly string[]): boolean {
  return paragraphs.length === 1 && paragraphs[0]!.length > RESTORE_FROM_CHARS;
}
