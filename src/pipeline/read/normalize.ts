// Text normalisation applied to every line of every article before anything else looks at it.

/** NFC, every space character (\p{Zs}: non-breaking, en space, …) and tab to a plain space, runs collapsed, trimmed. */
export function normalizeLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/[\p{Zs}\t]+/gu, ' ')
    .replace(/[\u200b\u200e\u200f\ufeff]/g, '') // zero-width and direction marks that only break matching
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Splits text into lines whatever the line ends (\n, \r\n, \r, U+2028/9) and normalises each. */
export function normalizedLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\f\v]/).map(normalizeLine);
}
