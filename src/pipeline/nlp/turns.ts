// Turns of a transcript: the words after each speaker label, up to the next label, a section break or the end,
// each given to the speaker the label names. A step of its own beside quote attribution: labels are found by their
// shape (labels.ts), then resolved to the document's people; an unnamed questioner is a turn with no speaker.
import type { FoundEntity, FoundQuote, FoundSpeaker, FoundTurn, Span, TextBlock } from './types.ts';
import type { DocAnalysis, DocEntity } from './entities.ts';
import { slugify } from '../../shared/ids.ts';
import { gazetteer } from './gazetteer.ts';
import { findLabelCandidates, SECTION_BREAK, type SpeakerLabel } from './labels.ts';
import { partitionPoint } from './partition.ts';

/** A resolved label: who speaks, or null for an unnamed questioner. */
interface ResolvedLabel {
  label: SpeakerLabel;
  speaker: FoundSpeaker | null;
}

interface KnownSpeaker {
  name: string;
  entity: string | null;
  words: string[];
  title: string;
}

// A bracketed stage direction standing as a sentence: "(Minute of silence.)", "[Laughter]".
const STAGE_DIRECTION = /[([]\p{Lu}[^()[\]]{0,80}[)\]]/gu;
// What may open a turn without being its words: a stage direction, or the site's mark of a cut ("<…>", "…").
const TURN_OPENING = /^(?:\s+|<…>|\.\.\.|…|[([]\p{Lu}[^()[\]]{0,80}[)\]])+/u;
const TURN_CLOSING = /(?:\s+|<…>|[([]\p{Lu}[^()[\]]{0,80}[)\]])+$/u;

const wordsOfName = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

/** Edit distance, bounded: transliterations of one name differ by a letter or two ("Aleshin", "Alyoshin"). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

const similar = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a[0] === b[0] && editDistance(a, b) <= 2);

/** Two spellings of one person's name in one transcript: one part the same, the other a transliteration apart. */
function sameSpeaker(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const [firstA, lastA] = [a[0]!, a[a.length - 1]!];
  const [firstB, lastB] = [b[0]!, b[b.length - 1]!];
  return (firstA === firstB && similar(lastA, lastB)) || (lastA === lastB && similar(firstA, firstB));
}

/** The person entity the label's name is a mention of, if the entity analysis found one. */
function entityOfName(analysis: DocAnalysis, label: SpeakerLabel): DocEntity | null {
  const { mentionIndex } = analysis;
  let i = partitionPoint(mentionIndex, (m) => m.mention.start < label.nameStart);
  for (; i < mentionIndex.length && mentionIndex[i]!.mention.start === label.nameStart; i++) {
    const { mention, entity } = mentionIndex[i]!;
    if (mention.end === label.nameEnd) return entity;
  }
  const words = wordsOfName(label.name ?? '').join(' ');
  const people = analysis.entities.filter((e) => e.type === 'person');
  const same = people.find((e) => e.name.toLowerCase() === words);
  if (same) return same;
  // a label keeps two words of a longer name ("… Recep Tayyip Erdogan:" gives "Tayyip Erdogan"): the person the text
  // names in full elsewhere, when exactly one fits
  const longer = people.filter((e) => words.includes(' ') && e.name.toLowerCase().endsWith(` ${words}`) && e.name.split(' ').length <= 4);
  return longer.length === 1 ? longer[0]! : null;
}

/** A full name in a label reads as a person's: the analysis says so, or it starts with a known given name. */
function looksLikePerson(label: SpeakerLabel, entity: DocEntity | null): boolean {
  if (entity) return entity.type === 'person';
  const words = wordsOfName(label.name ?? '');
  const { firstNames, commonWords } = gazetteer();
  return firstNames.has(words[0]!) || !words.every((w) => commonWords.has(w));
}

/**
 * A one-word label: the earlier speaker or person so named (surname or title), when exactly one fits. A person the
 * narration named counts only once a full label has shown the text is a transcript ("Cruz: Just hang on." heading a
 * paragraph of news is not a turn).
 */
function resolveBare(word: string, known: readonly KnownSpeaker[], analysis: DocAnalysis, before: number): KnownSpeaker | null {
  const w = word.toLowerCase();
  const bySurname = known.filter((k) => k.words[k.words.length - 1] === w);
  if (bySurname.length === 1) return bySurname[0]!;
  const byTitle = known.filter((k) => k.title.split(' ').includes(w));
  if (bySurname.length === 0 && byTitle.length === 1) return byTitle[0]!;
  if (bySurname.length + byTitle.length > 0 || known.length === 0) return null;
  const people = analysis.entities.filter(
    (e) =>
      e.type === 'person' &&
      e.name.includes(' ') &&
      e.mentions.some((m) => m.start < before && m.kind === 'name') &&
      (wordsOfName(e.name).pop() === w || [...e.titles].some((t) => t.split(' ').includes(w))),
  );
  return people.length === 1 ? { name: people[0]!.name, entity: people[0]!.id, words: wordsOfName(people[0]!.name), title: '' } : null;
}

/** Each label's speaker, in text order; labels that resolve to nobody are not labels and are dropped. */
function resolveLabels(labels: readonly SpeakerLabel[], analysis: DocAnalysis): ResolvedLabel[] {
  const known: KnownSpeaker[] = [];
  const resolved: ResolvedLabel[] = [];
  for (const label of labels) {
    const mention = { start: label.nameStart, end: label.nameEnd };
    if (label.name === null) {
      resolved.push({ label, speaker: null });
      continue;
    }
    let speaker: KnownSpeaker | null;
    if (label.bare) {
      speaker = resolveBare(label.name, known, analysis, label.start);
    } else {
      const entity = entityOfName(analysis, label);
      if (!looksLikePerson(label, entity)) continue;
      const words = wordsOfName(label.name);
      speaker = known.find((k) => k.words.join(' ') === words.join(' ')) ?? known.find((k) => sameSpeaker(k.words, words)) ?? null;
      if (!speaker) {
        speaker = entity ? { name: entity.name, entity: entity.id, words, title: label.title } : { name: label.name, entity: null, words, title: label.title };
        known.push(speaker);
      } else if (label.title && !speaker.title) speaker.title = label.title;
    }
    if (!speaker) continue;
    resolved.push({ label, speaker: { name: speaker.name, entity: speaker.entity, mention } });
  }
  return resolved;
}

/** True when only spaces or a section break stand between the start of the label's block and the label. */
function opensItsBlock(text: string, blocks: readonly TextBlock[], label: SpeakerLabel): boolean {
  const block = blocks.find((b) => b.start <= label.start && label.start < b.end);
  if (!block) return false;
  return text.slice(block.start, label.start).replace(SECTION_BREAK, '').trim() === '';
}

/** Where the turn after `from` must end at the latest: a section break, a block that is not a paragraph, or the end. */
function turnLimit(text: string, blocks: readonly TextBlock[], from: number, nextLabel: number): number {
  let limit = nextLabel;
  const sectionBreak = new RegExp(SECTION_BREAK.source).exec(text.slice(from, limit));
  if (sectionBreak) limit = from + sectionBreak.index;
  for (let i = partitionPoint(blocks, (b) => b.start < from); i < blocks.length && blocks[i]!.start < limit; i++) {
    if (blocks[i]!.kind !== 'paragraph') return blocks[i]!.start;
  }
  return limit;
}

/** The turn's words: past a leading stage direction or cut mark, before a trailing one and the spaces. */
function turnSpan(text: string, start: number, limit: number): Span {
  const opening = TURN_OPENING.exec(text.slice(start, limit));
  const from = start + (opening ? opening[0].length : 0);
  const closing = TURN_CLOSING.exec(text.slice(from, limit));
  return { start: from, end: closing ? limit - closing[0].length : limit };
}

function stageDirectionsIn(text: string, span: Span): Span[] {
  const found: Span[] = [];
  const re = new RegExp(STAGE_DIRECTION.source, 'gu');
  re.lastIndex = span.start;
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    const before = text.slice(Math.max(span.start, m.index - 2), m.index);
    // only one standing as a sentence: "… today. (Laughter.) Yes …", not "the Svetlanov [State …] Orchestra"
    if (m.index === span.start || /[.!?…]\s*$/.test(before)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Every turn of the document, in text order; none when the text has no speaker labels. */
export function findTurns(text: string, blocks: readonly TextBlock[], analysis: DocAnalysis): FoundTurn[] {
  const candidates = blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => findLabelCandidates(text, b.start, b.end));
  const resolved = resolveLabels(candidates, analysis);
  // Turns say who said what: an exchange whose labels name nobody ("Q:" and "A:" only) is left as text.
  if (!resolved.some((r) => r.speaker)) return [];
  // One label alone is a transcript only where it opens its paragraph ("Vladimir Putin: Colleagues, …").
  if (resolved.length === 1 && !opensItsBlock(text, blocks, resolved[0]!.label)) return [];
  const turns: FoundTurn[] = [];
  resolved.forEach(({ label, speaker }, i) => {
    const next = resolved[i + 1]?.label.start ?? text.length;
    const span = turnSpan(text, label.end, turnLimit(text, blocks, label.end, next));
    if (span.end <= span.start) return;
    turns.push({ ...span, label: { start: label.start, end: label.end }, speaker, stageDirections: stageDirectionsIn(text, span) });
  });
  return turns;
}

/**
 * Entities the labels themselves made up: the questioner's word ("Question"), a title run into the name ("Harbour
 * Master Idris Fenwick") or taken for a person ("Director"), and the site's debris after a name ("Lukashenko AlexanderPresident of Belarus"). Their
 * mentions inside labels go; an entity left without any goes.
 */
export function withoutLabelJunk(entities: readonly FoundEntity[], turns: readonly FoundTurn[]): FoundEntity[] {
  if (turns.length === 0) return [...entities];
  const labels = turns.map((t) => ({ label: t.label, name: t.speaker?.mention ?? null }));
  const isJunk = (m: Span, type: FoundEntity['type']) => {
    const at = labels[partitionPoint(labels, (l) => l.label.end <= m.start)];
    if (!at || m.start >= at.label.end || m.end <= at.label.start) return false;
    if (!at.name) return true;
    const crossesName = m.start < at.name.start && m.end > at.name.start;
    const afterName = m.end > at.name.end;
    // in the title before the name, a "person" is a title word ("General Director of …"), not someone
    const personInTitle = type === 'person' && m.end <= at.name.start;
    return crossesName || afterName || personInTitle;
  };
  return entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => !isJunk(m, e.type)) })).filter((e) => e.mentions.length > 0);
}

/**
 * Every named speaker is an entity with the label's name among its mentions: a label the entity analysis read as
 * one run with its debris, or missed, still gives its speaker a chip and a page. Turns get the entity's id.
 */
export function withSpeakerEntities(entities: readonly FoundEntity[], turns: readonly FoundTurn[]): { entities: FoundEntity[]; turns: FoundTurn[] } {
  const byId = new Map(entities.map((e) => [e.id, { ...e, mentions: [...e.mentions] }]));
  const added = new Set<FoundEntity>();
  const withIds = turns.map((turn) => {
    const speaker = turn.speaker;
    if (!speaker?.mention) return turn;
    const id = speaker.entity ?? slugify(speaker.name);
    let entity = byId.get(id);
    if (!entity) {
      entity = { id, name: speaker.name, type: 'person', role: null, mentions: [] };
      byId.set(id, entity);
    }
    const { start, end } = speaker.mention;
    if (!entity.mentions.some((m) => m.start === start && m.end === end)) {
      entity.mentions.push({ start, end, kind: 'name' });
      added.add(entity);
    }
    return speaker.entity === id ? turn : { ...turn, speaker: { ...speaker, entity: id } };
  });
  for (const e of added) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: [...byId.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start), turns: withIds };
}

/**
 * Inside a turn, "I" is the turn's speaker: a quote the attribution could only give to "I" ("as I said, “…”") is
 * theirs. Every other quote keeps whoever it is attributed to.
 */
export function firstPersonQuotesInTurns(quotes: readonly FoundQuote[], turns: readonly FoundTurn[]): FoundQuote[] {
  if (turns.length === 0) return [...quotes];
  return quotes.map((quote) => {
    const speaker = quote.speaker;
    if (!speaker || speaker.entity !== null || speaker.name.toLowerCase() !== 'i') return quote;
    const turn = turns[partitionPoint(turns, (t) => t.end <= quote.start)];
    if (!turn?.speaker || turn.start > quote.start) return quote;
    // "I" in a labelled turn is no longer a guess: the label names who says it
    return { ...quote, speaker: { ...speaker, name: turn.speaker.name, entity: turn.speaker.entity }, confidence: Math.max(quote.confidence, 0.8) };
  });
}

/**
 * A quote's speaker always names one of the final entities: the label step may have renamed the entity a quote
 * was attributed to ("President President Xi:" read as the person "President Xi") or dropped it as label debris.
 * The speaker then becomes the entity whose mention holds the speaker's mention, else the speaker of the turn the
 * quote stands in, else no entity (the name as written stays).
 */
export function quotesWithKnownSpeakers(quotes: readonly FoundQuote[], entities: readonly FoundEntity[], turns: readonly FoundTurn[]): FoundQuote[] {
  const ids = new Set(entities.map((e) => e.id));
  const holding = (span: Span) => entities.find((e) => e.mentions.some((m) => m.start <= span.start && m.end >= span.end));
  return quotes.map((quote) => {
    const speaker = quote.speaker;
    if (!speaker?.entity || ids.has(speaker.entity)) return quote;
    const byMention = speaker.mention ? holding(speaker.mention) : undefined;
    const turn = turns[partitionPoint(turns, (t) => t.end <= quote.start)];
    const byTurn = turn && turn.start <= quote.start && turn.speaker?.entity && ids.has(turn.speaker.entity) ? turn.speaker : null;
    const next: FoundSpeaker = byMention
      ? { ...speaker, name: byMention.name, entity: byMention.id }
      : byTurn
        ? { ...speaker, name: byTurn.name, entity: byTurn.entity }
        : { ...speaker, entity: null };
    return { ...quote, speaker: next };
  });
}
