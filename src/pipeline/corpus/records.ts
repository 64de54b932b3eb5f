// What the corpus entity stage keeps of each article while the corpus is folded: one small record per entity the
// article's own annotation found (its name, type, the forms it was written in, a few context counts) and the
// article's sport, if any. The articles themselves are parked on disk; only these records stay in memory.
import type { Article, EntityType } from '../../shared/schema.ts';
import { isNameForm, nameKey, withoutTitles } from './names.ts';
import { sportOf, type Sport } from './sport.ts';

export interface EntityRecord {
  /** The article's position in the input. */
  ordinal: number;
  /** The entity's id inside its article (the slug of the name the article used). */
  localId: string;
  name: string;
  type: EntityType;
  /** Distinct forms its name mentions were written in, titles left off ("Mr Blair" → "Blair"). */
  forms: string[];
  mentions: number;
  /** Mentions right after "in", "at", "from"…: said of a place, not of a team or person. */
  placeCues: number;
  /** The name also appears in the article as an ordinary lower-case word ("mobile", "office"). */
  commonUse: boolean;
  /** Mentions written right after a number, as a unit is ("60GB", "5MW"). */
  unitCues: number;
  /** The article's sport, when it is a sports article. */
  sport: Sport | null;
}

const PLACE_CUES = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'around', 'across', 'into', 'towards', 'of']);

/** Strings repeat across thousands of articles: one copy each. */
export class Interner {
  private readonly strings = new Map<string, string>();
  of(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }
}

const textOf = (article: Article, block: number) => (block < 0 ? article.title : (article.blocks[block]?.text ?? ''));

/** The word just before a span of a block, lower-cased ("" at the start). */
function wordBefore(text: string, start: number): string {
  const match = /([\p{L}]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, start - 24), start));
  return match ? match[1]!.toLowerCase() : '';
}

/** The article's body text as one lower-case-preserving string, for the ordinary-word test. */
function bodyText(article: Article): string {
  return [article.title, ...article.blocks.map((b) => b.text)].join('\n');
}

const isLetter = (char: string | undefined) => char !== undefined && char.toLowerCase() !== char.toUpperCase();

/** Whether a name's words occur in the text in lower case, as ordinary words ("mobile phones", "the office"). */
export function usedAsOrdinaryWords(name: string, text: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name || !/^[\p{L} ]+$/u.test(name)) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + lower.length])) return true;
  }
  return false;
}

/** The records of one (corrected) article. */
export function recordsOf(article: Article, ordinal: number, intern: Interner = new Interner()): EntityRecord[] {
  const sport = sportOf(article);
  const body = bodyText(article);
  return article.entities.map((entity) => {
    const forms = new Set<string>();
    let placeCues = 0;
    let unitCues = 0;
    for (const mention of entity.mentions) {
      const text = textOf(article, mention.block);
      if (/\d/.test(text[mention.start - 1] ?? '')) unitCues++;
      const form = withoutTitles(text.slice(mention.start, mention.end).replace(/['’]s$/, '').trim());
      if (isNameForm(form)) forms.add(intern.of(form));
      if (PLACE_CUES.has(wordBefore(text, mention.start))) placeCues++;
    }
    return {
      ordinal,
      localId: intern.of(entity.id),
      name: intern.of(entity.name),
      type: entity.type,
      forms: [...forms],
      mentions: entity.mentions.length,
      placeCues,
      unitCues,
      commonUse: usedAsOrdinaryWords(entity.name, body),
      sport,
    };
  });
}

export const recordKey = (record: Pick<EntityRecord, 'name'>) => nameKey(record.name);
