// Plain text as body paragraphs, for `annotate --jsonl` (the whole text is body text: no cleaning, no headline).
import type { TextBlock } from './types.ts';

/** One paragraph block per non-blank line, offsets into the text as given (outer spaces trimmed). */
export function paragraphBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let start = lineStart;
    let end = i;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) blocks.push({ kind: 'paragraph', start, end });
    lineStart = i + 1;
  }
  return blocks;
}
