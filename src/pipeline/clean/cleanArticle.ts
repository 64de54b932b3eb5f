// From a raw article to clean blocks: normalise, drop boilerplate first, then find paragraphs and subheadings (or,
// for a body that arrived as one line, restore its paragraphs).
import type { RawArticle } from '../read/types.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { classifyBlocks, paragraphsFromLines, type CleanBlock } from './blocks.ts';
import type { DateSource } from '../../shared/schema.ts';
import { resolveDate, type DateRejection, type DateWindow } from './dates.ts';
import { normalizeLine, normalizedLines } from '../read/normalize.ts';
import { needsRestoring, restoreParagraphs } from './restore.ts';

export interface CleanArticle {
  source: string;
  id: string;
  title: string;
  section: string | null;
  date: string | null;
  dateText: string | null;
  /** Where the date came from; absent when there is none. */
  dateSource?: DateSource;
  /** A date that was offered and refused (outside --date-window, after today, the wrong weekday). */
  dateRejection?: DateRejection;
  fiction: boolean;
  blocks: CleanBlock[];
}

export interface CleanOptions {
  /** YYYY-MM-DD; injected so tests do not depend on the clock. */
  today: string;
  window: DateWindow | null;
}

/** Sections that mark invented sample content. */
const FICTION_SECTIONS = new Set(['sample', 'samples', 'fiction']);

export function isFictionSection(section: string | null): boolean {
  return section !== null && FICTION_SECTIONS.has(section.toLowerCase());
}

/** Cleans one article; throws an Error with a readable reason when nothing of an article is left. */
export function cleanArticle(raw: RawArticle, options: CleanOptions): CleanArticle {
  const title = normalizeLine(raw.title);
  if (!title) throw new Error('the headline is empty');
  const lines = removeBoilerplate(normalizedLines(raw.body));
  const paragraphs = paragraphsFromLines(lines);
  const blocks = needsRestoring(paragraphs) ? restoreParagraphs(paragraphs[0]!) : classifyBlocks(paragraphs);
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    throw new Error(raw.body.trim() ? 'no article text left after removing site boilerplate' : 'no body text after the headline');
  }
  const section = raw.section ? normalizeLine(raw.section) || null : null;
  const { date, dateText, source, rejection } = resolveDate({
    explicit: raw.date,
    blocks: blocks.map((b) => b.text),
    today: options.today,
    window: options.window,
  });
  return {
    source: raw.source,
    id: raw.id,
    title,
    section,
    date,
    dateText,
    ...(source ? { dateSource: source } : {}),
    ...(rejection ? { dateRejection: rejection } : {}),
    fiction: raw.fiction ?? isFictionSection(section),
    blocks,
  };
}
