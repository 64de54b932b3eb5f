// Paragraphs and subheadings from normalised lines.

export interface CleanBlock {
  /** A stage direction ("(Minute of silence.)") and a section break ("* * *") are set apart from speech. */
  kind: 'paragraph' | 'subheading' | 'stage-direction' | 'section-break';
  text: string;
}

const SENTENCE_END = /[.!?:;,…]$/;
const CLOSING_MARKS = /[”’"'»)\]]+$/;

/** Text before any closing quotation marks or brackets: ‘core interests’ → ‘core interests. */
function withoutClosingMarks(line: string): string {
  return line.replace(CLOSING_MARKS, '');
}

/** A hard-wrapped line continues when it stops mid-sentence and the next line starts in lower case. */
function continuesOnNextLine(line: string, next: string): boolean {
  return !SENTENCE_END.test(withoutClosingMarks(line)) && /^[\p{Ll}]/u.test(next);
}

/** Groups lines into paragraphs: blank lines separate; single line breaks separate too unless the text was hard-wrapped. */
export function paragraphsFromLines(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string | null = null;
  let previousBlank = true;
  for (const line of lines) {
    if (!line) {
      if (current) paragraphs.push(current);
      current = null;
      previousBlank = true;
      continue;
    }
    if (current !== null && !previousBlank && continuesOnNextLine(current, line)) {
      current = `${current} ${line}`;
    } else {
      if (current) paragraphs.push(current);
      current = line;
    }
    previousBlank = false;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

const MAX_SUBHEADING_WORDS = 14;
const MAX_SUBHEADING_CHARS = 110;

/**
 * A subheading is a short line between paragraphs that does not end a sentence (. ! ? :), looking through closing
 * quotation marks: “We will win.” is a one-line quote, ‘core interests’ ends a heading.
 */
export function looksLikeSubheading(text: string): boolean {
  if (text.length > MAX_SUBHEADING_CHARS || text.split(' ').length > MAX_SUBHEADING_WORDS) return false;
  if (!/^[\p{Lu}\p{N}‘“"']/u.test(text)) return false;
  return !SENTENCE_END.test(withoutClosingMarks(text));
}

/** Classifies paragraphs: subheadings only between two paragraphs (never first or last). */
export function classifyBlocks(paragraphs: readonly string[]): CleanBlock[] {
  return paragraphs.map((text, i) => ({
    kind: i > 0 && i < paragraphs.length - 1 && looksLikeSubheading(text) ? 'subheading' : 'paragraph',
    text,
  }));
}
