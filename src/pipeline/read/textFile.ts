// Raw article text files. Two layouts are detected:
//  - "headline-section": `Headline | Section` on the first line (the sample site's export), body after;
//  - "headline-body": the headline alone on line 1, body after (the BBC dataset's files).
import { normalizeLine } from './normalize.ts';
import type { InputFormat } from './types.ts';

export interface ParsedTextFile {
  format: InputFormat;
  title: string;
  section: string | null;
  body: string;
}

/** A section label is short: at most four words and 40 characters ("China", "Sample", "World news"). */
const SECTION_LABEL = /^[\p{L}\p{N}][\p{L}\p{N} &'’.-]{0,39}$/u;

/** Splits "Headline | Section"; null when the line has no plausible section label. */
export function splitHeadlineSection(line: string): { title: string; section: string } | null {
  const at = line.lastIndexOf(' | ');
  if (at <= 0) return null;
  const title = line.slice(0, at).trim();
  const section = line.slice(at + 3).trim();
  if (!title || !SECTION_LABEL.test(section) || section.split(' ').length > 4) return null;
  return { title, section };
}

/** Parses a decoded text file; throws an Error with a readable reason when it holds no article. */
export function parseTextFile(text: string): ParsedTextFile {
  const lines = text.split(/\r\n|[\n\r]/);
  const first = lines.findIndex((line) => normalizeLine(line) !== '');
  if (first < 0) throw new Error('the file is empty or only whitespace');
  const headline = normalizeLine(lines[first]!);
  const body = lines.slice(first + 1).join('\n');
  const labelled = splitHeadlineSection(headline);
  if (labelled) return { format: 'headline-section', title: labelled.title, section: labelled.section, body };
  return { format: 'headline-body', title: headline, section: null, body };
}
