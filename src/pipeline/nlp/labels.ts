// Speaker labels of transcripts ("President of Russia Vladimir Putin:", "Question:"), found from the shape of the
// text alone: a label opens a sentence, ends in a name (or is an unnamed questioner's word) and is followed by a
// colon. Pure and model-free, so the cleaning can split a one-line body at labels with the same rule the annotation
// uses; resolving a label to an entity is the turn step's job (turns.ts).

export interface SpeakerLabel {
  /** The label's first character (title words included) and just past its colon. */
  start: number;
  end: number;
  /** The name inside the label ("Vladimir Putin"), or the questioner's word ("Question") when unnamed. */
  nameStart: number;
  nameEnd: number;
  /** The name as written, debris removed; null for an unnamed questioner. */
  name: string | null;
  /** Title words before the name, lower case ("president of russia"); empty when none. */
  title: string;
  /** A one-word label ("Putin:", "Minister:"): a speaker only when the text named someone so before. */
  bare: boolean;
}

/** Words that open the label of someone the transcript does not name. */
const QUESTIONER_WORDS = new Set(
  `question questions q remark remarks comment journalist journalists reporter reporters correspondent interviewer
  audience voice voices participant participants member answer a response reply moderator host presenter anchor
  interpreter translator speaker`
    .split(/\s+/)
    .filter(Boolean),
);
/** Lower-case words that never sit in a title before a name: a clause, not a label ("He told Vladimir Putin:"). */
const CLAUSE_WORDS = new Set(
  `i you he she it we they me him her us them my his its our their this that these those which who whom whose what
  when where why how said says say told tells asked asks replied replies added adds wrote writes answered stated
  is are was were be been being has have had do does did will would shall should can could may might must not no
  if then than because but so as also just only here there following follows below above oh yes`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words that open a sentence, never a title: "And oh yes, Carly Fiorina:" is prose. */
const SENTENCE_OPENERS = new Set('and but or so then also well now still yet plus'.split(' '));
/** Name particles that may sit between capitalised name words ("Ursula von der Leyen"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'ben']);
/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set('mr mrs ms dr prof st jr sr gen col lt sen rep gov rev hon no vs'.split(' '));
// Titles can be long ("Director of the Federal Service of … and Commander-in-Chief of …"), and the debris doubles them.
const MAX_LABEL_CHARS = 400;
const MAX_LABEL_WORDS = 60;
const MAX_TITLE_WORDS = 30;

const isCapitalWord = (word: string) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word) && /\p{L}/u.test(word.slice(1) || word);

/** Where the sentence holding `colon` begins, looking back at most MAX_LABEL_CHARS; -1 when it begins earlier. */
function sentenceStartBefore(text: string, colon: number, from: number): number {
  const floor = Math.max(from, colon - MAX_LABEL_CHARS);
  for (let i = colon - 1; i >= floor; i--) {
    const ch = text[i]!;
    if (ch === '\n') return i + 1;
    if (ch === ':' || ch === ';') return -1;
    if (!/\s/.test(ch) || i === floor) continue;
    // a space: does the text before it end a sentence?
    const before = text[i - 1];
    if (before === undefined) return i + 1;
    if (/[!?…>*”"»)\]]/.test(before)) return i + 1;
    if (before === '.') {
      const word = /(\p{L}+)\.$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1];
      if (!word || (word.length > 1 && !ABBREVIATIONS.has(word.toLowerCase()))) return i + 1;
    }
  }
  if (floor === from) return from;
  // "…Russia.***President of Russia": a section break glued to the label
  return -1;
}

/** The label's own start: past a glued section break ("***") or stray spaces. */
function trimLabelStart(text: string, start: number, colon: number): number {
  let s = start;
  for (;;) {
    const rest = text.slice(s, colon);
    const skip = /^(?:\s+|\*+|<…>|\.{3}|…)/u.exec(rest);
    if (!skip || skip[0].length === 0) return s;
    s += skip[0].length;
  }
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const re = /\S+/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) words.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return words;
}

/**
 * The label words with the site's debris cut off: a trailing "(retranslated)", and the name repeated surname first
 * and glued to the title again ("Alexander Lukashenko Lukashenko AlexanderPresident of Belarus"). A label that is
 * only the repeat ("Shoigu SergeiDefence Minister") gives the name back in its usual order.
 */
function withoutDebris(words: Word[]): Word[] {
  let trimmed = words;
  // "(retranslated)", "(via interpreter)", "Belarus(retranslated)": a parenthesis at the end of the label
  if (words[words.length - 1]?.text.endsWith(')')) {
    let open = words.length - 1;
    while (open > 0 && !words[open]!.text.includes('(')) open--;
    const cut = words[open]!.text.indexOf('(');
    trimmed = words.slice(0, open);
    if (cut > 0) trimmed.push({ text: words[open]!.text.slice(0, cut), start: words[open]!.start, end: words[open]!.start + cut });
  }
  for (let i = 0; i + 1 < trimmed.length; i++) {
    const glued = /^(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*)\p{Lu}\p{Ll}/u.exec(trimmed[i + 1]!.text);
    if (!glued) continue;
    const firstPart: Word = { text: glued[1]!, start: trimmed[i + 1]!.start, end: trimmed[i + 1]!.start + glued[1]!.length };
    const beforeRepeat = nameBeforeRepeat(trimmed, i + 2, [...trimmed.slice(0, i + 1), firstPart]);
    if (beforeRepeat !== null) return trimmed.slice(0, beforeRepeat);
    // the repeat alone, surname first: "Shoigu SergeiDefence Minister"
    if (i === 0) return [firstPart, trimmed[0]!];
  }
  // "Dmitry Rogozin Rogozin Dmitry": the repeat without a title glued to it
  const ungluedRepeat = nameBeforeRepeat(trimmed, trimmed.length, trimmed);
  if (ungluedRepeat !== null) return trimmed.slice(0, ungluedRepeat);
  return trimmed;
}

/**
 * Where a name followed by its own repeat surname first ends ("Sayyid Ebrahim Raisi | Raisi Sayyid Ebrahim"), when
 * `words` (the label words up to the repeat's end at `repeatEnd`) end that way; null otherwise.
 */
function nameBeforeRepeat(all: Word[], repeatEnd: number, words: Word[]): number | null {
  const texts = words.map((w) => w.text);
  for (let k = 2; k <= 3; k++) {
    const repeat = texts.slice(texts.length - k);
    const name = texts.slice(texts.length - 2 * k, texts.length - k);
    if (name.length < k || repeat.length < k) continue;
    const surnameFirst = [name[k - 1], ...name.slice(0, k - 1)];
    if (surnameFirst.every((w, j) => w === repeat[j])) return Math.min(all.length, repeatEnd) - k;
  }
  return null;
}

/** The name at the end of the label words: the last capitalised words, at most three, particles allowed. */
function trailingName(words: Word[]): { first: number; last: number } | null {
  const last = words.length - 1;
  if (last < 0 || !isCapitalWord(words[last]!.text)) return null;
  let first = last;
  let capitals = 1;
  while (first > 0 && capitals < 2) {
    const previous = words[first - 1]!.text;
    if (isCapitalWord(previous)) capitals++;
    else if (!PARTICLES.has(previous)) break;
    first--;
  }
  while (first > 0 && PARTICLES.has(words[first]!.text)) first++;
  return { first, last };
}

const WEEKDAYS_AND_MONTHS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/**
 * A word that can stand in a title before a name ("Minister of Culture", "Kommersant newspaper correspondent"):
 * not a clause's word ("he", "said", "noticed"), no punctuation or digits, no possessive before a lower-case word
 * ("Clinton's resounding victories" is a sentence, "People's Republic" a title).
 */
function isTitleWord(word: string, next: string | undefined): boolean {
  const lower = word.toLowerCase();
  if (CLAUSE_WORDS.has(lower) || WEEKDAYS_AND_MONTHS.has(lower)) return false;
  if (/^\p{Ll}+ed$/u.test(word) || /\p{N}/u.test(word)) return false;
  if (/['’]s$/.test(word)) return next === undefined || /^\p{Lu}/u.test(next);
  return !/[,;:"“”‘’]/.test(word);
}

/** The label ending at the colon at `colon`, or null when the colon does not end a label. */
export function labelAt(text: string, colon: number, from = 0): SpeakerLabel | null {
  const after = text[colon + 1];
  if (after !== undefined && !/[\s\p{Lu}“"'‘(\[<…]/u.test(after)) return null;
  if (/\p{N}/u.test(text[colon - 1] ?? '')) return null;
  // "Jane Doe: 1,769." is a tally, not a turn: speech opens with a word
  if (/^\s*\p{N}/u.test(text.slice(colon + 1, colon + 8))) return null;
  const sentenceStart = sentenceStartBefore(text, colon, from);
  if (sentenceStart < 0) return null;
  const start = trimLabelStart(text, sentenceStart, colon);
  const raw = wordsOf(text, start, colon);
  if (raw.length === 0 || raw.length > MAX_LABEL_WORDS) return null;
  const words = withoutDebris(raw);
  if (words.length === 0 || SENTENCE_OPENERS.has(words[0]!.text.toLowerCase())) return null;
  const end = colon + 1;
  const head = words[0]!.text.replace(/[^\p{L}]/gu, '').toLowerCase();
  const rest = words.slice(1).map((w) => w.text);
  // "Question:", "Question from the audience:", "Journalist (retranslated):", "Q:"
  if (QUESTIONER_WORDS.has(head) && /^\p{Lu}/u.test(words[0]!.text) && rest.every((w) => /^\p{Ll}/u.test(w)) && rest.length <= 4) {
    if (head.length === 1 && words[0]!.text !== head.toUpperCase()) return null;
    return { start, end, nameStart: words[0]!.start, nameEnd: words[0]!.end, name: null, title: '', bare: false };
  }
  const name = trailingName(words);
  if (!name) return null;
  const titleWords = words.slice(0, name.first);
  if (titleWords.length > MAX_TITLE_WORDS) return null;
  // "President of the Republic of Belarus, Alexander Lukashenko": a comma may close the title
  const titleTexts = titleWords.map((w, i) => (i === titleWords.length - 1 ? w.text.replace(/,$/, '') : w.text));
  if (titleTexts.some((w, i) => !isTitleWord(w, titleTexts[i + 1]))) return null;
  const nameWords = words.slice(name.first, name.last + 1);
  if (nameWords.some((w) => CLAUSE_WORDS.has(w.text.toLowerCase()) || WEEKDAYS_AND_MONTHS.has(w.text.toLowerCase()) || /[.,'’]$/.test(w.text))) return null;
  return {
    start,
    end,
    nameStart: Math.min(...nameWords.map((w) => w.start)),
    nameEnd: Math.max(...nameWords.map((w) => w.end)),
    name: nameWords.map((w) => w.text).join(' '),
    title: titleTexts.join(' ').toLowerCase(),
    bare: nameWords.length === 1,
  };
}

/** Every label candidate in [from, to), in text order. Bare one-word labels are left for the caller to judge. */
export function findLabelCandidates(text: string, from = 0, to = text.length): SpeakerLabel[] {
  const labels: SpeakerLabel[] = [];
  for (let colon = text.indexOf(':', from); colon >= 0 && colon < to; colon = text.indexOf(':', colon + 1)) {
    const label = labelAt(text, colon, from);
    if (label && (labels.length === 0 || label.start >= labels[labels.length - 1]!.end)) labels.push(label);
  }
  return labels;
}

/** A section break written as asterisks (" * * * ", "***"). */
export const SECTION_BREAK = /\*[ \t]*\*[ \t]*\*/g;

/**
 * Labels that stand on their own: named or unnamed questioners always, a bare word only when an earlier label of
 * the same text named someone so ("Vladimir Putin:" then "Putin:"; "Minister of Culture Olga Lyubimova:" then
 * "Minister:").
 */
export function labelsKnownByText(candidates: readonly SpeakerLabel[]): SpeakerLabel[] {
  const known = new Set<string>();
  const kept: SpeakerLabel[] = [];
  for (const label of candidates) {
    if (label.bare) {
      if (!label.name || !known.has(label.name.toLowerCase())) continue;
    } else if (label.name) {
      const words = label.name.toLowerCase().split(' ');
      known.add(words[words.length - 1]!);
      for (const w of label.title.split(' ')) if (w.length > 2) known.add(w);
    }
    kept.push(label);
  }
  return kept;
}
