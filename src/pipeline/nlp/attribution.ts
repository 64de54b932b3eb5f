// Quote attribution: finds speech cues ("said", "according to") outside quotes, the cue's subject
// (name, pronoun, description, apposition, inverted "said Smith"), and links each quoted fragment to a cue.
import type { FoundQuote, FoundSpeaker, TextBlock } from './types.ts';
import type { DocAnalysis, DocEntity } from './entities.ts';
import type { Fragment } from './quotemarks.ts';
import type { Token } from './tokens.ts';
import { gazetteer } from './gazetteer.ts';
import { partitionPoint } from './partition.ts';

// Verbs (all forms that matter) that introduce speech or writing.
const CUE_STEMS = `say says said saying tell tells told telling add adds added adding reiterate reiterates reiterated
  reiterating emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising hail hails
  hailed hailing note notes noted noting mention mentions mentioned mentioning argue argues argued arguing write
  writes wrote writing tweet tweets tweeted tweeting state states stated explain explains explained explaining
  insist insists insisted insisting claim claims claimed claiming declare declares declared declaring ask asks
  asked asking answer answers answered reply replies replied replying respond responds responded responding
  continue continues continued recall recalls recalled recalling warn warns warned warning stress stresses
  stressed stressing acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded
  suggest suggests suggested suggesting observe observes observed announce announces announced announcing
  remark remarks remarked comment comments commented joke jokes joked joking quip quips quipped complain
  complains complained complaining predict predicts predicted promise promises promised promising vow vows vowed
  vowing pledge pledges pledged pledging urge urges urged urging post posts posted echo echoes echoed counter
  counters countered shout shouts shouted yell yelled lament laments lamented boast boasts boasted boasting
  confirm confirms confirmed deny denies denied conclude concludes concluded testify testified report reports
  reported reveal reveals revealed chant chanted chanting proclaim proclaimed proclaiming assert asserts asserted
  asserting contend contends contended charge charges charged accuse accuses accused describe describes described
  describing call calls called calling criticize criticized criticised blast blasts blasted mock mocked mocking
  retort retorted scoff scoffed added tout touts touted muse mused wonder wondered told read reads tells
  assure assures assured mock mocks mocked question questions questioned blame blames blamed label labels labeled
  labelled dismiss dismisses dismissed slam slams slammed attack attacks attacked praise praises praised defend
  defends defended cite cites cited decry decries decried laud lauds lauded brand brands branded dub dubs dubbed
  termed characterized characterised deemed referring referred`
  .split(/\s+/)
  .filter(Boolean);
const CUES = new Set(CUE_STEMS);
// Cues that only count next to a quote (too common as ordinary verbs otherwise).
const WEAK_CUES = new Set([
  ...'question questions questioned blame blames blamed label labels labeled labelled dismiss dismisses dismissed slam slams slammed attack attacks attacked praise praises praised defend defends defended cite cites cited decry decries decried laud lauds lauded brand brands branded dub dubs dubbed termed characterized characterised deemed referring referred'.split(' '),'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'read', 'reads', 'continue', 'continues', 'continued', 'post', 'posts', 'posted', 'charge', 'charges', 'charged', 'report', 'reports', 'reported', 'state', 'states', 'note', 'notes', 'answer', 'answers', 'echo', 'echoes', 'comment', 'comments', 'remarks', 'promise', 'promises', 'claim', 'claims', 'warning', 'post', 'wonder']);
const GERUNDS = /ing$/;
const INVERTIBLE = new Set('reported reports said says say added adds wrote writes asked asks continued continues explained explains recalled recalls noted notes insisted insists argued argues replied replies responded warned warns concluded declared stated added tweeted quipped joked countered'.split(' '));
// Words between a subject and its verb: "he also said", "Trump has repeatedly said".
const SKIPPABLE = new Set(
  `also later then has had have was is were would will once previously recently repeatedly again quickly simply
  just flatly bluntly publicly privately often frequently later earlier further first finally subsequently
  reportedly allegedly never always still even has've 'd 've does did do apparently angrily told now again
  quickly later`
    .split(/\s+/)
    .filter((w) => w && w !== 'told'),
);
const PRONOUNS = new Map<string, 'male' | 'female' | 'group' | 'thing' | 'self'>([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'group'],
  ['we', 'group'],
  ['it', 'thing'],
  ['i', 'self'],
  ['you', 'self'],
]);
const RELATIVES = new Set(['who', 'which', 'that']);
// After a quantifier a cue word is a noun too: "too much stress", "no comment", "more warnings".
const QUANTIFIERS = new Set(['much', 'more', 'less', 'no', 'any', 'such', 'enough', 'little', 'further']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another', 'some', 'many', 'several', 'two', 'three']);
const NP_STOPS = new Set(
  `and but or that which who when while because as if than so then where after before since although though
  says said told is are was were be been has have had will would could should may might can not to for on at
  with from by in of about into over between among than like across through during without within upon`
    .split(/\s+/)
    .filter(Boolean),
);

interface Subject {
  start: number;
  end: number;
  entity: DocEntity | null;
  /** The text as written ("he", "a spokesman for the campaign"). */
  written: string;
  pronoun: string | null;
}

interface Cue {
  start: number;
  end: number;
  text: string;
  tokenIndex: number;
  sentence: number;
  block: number;
  subject: Subject | null;
  weak: boolean;
}

interface Context {
  text: string;
  blocks: TextBlock[];
  analysis: DocAnalysis;
  fragments: Fragment[];
  /** Token index → fragment index when the token sits inside quotation marks. */
  inQuote: Int32Array;
  /** Entity mention ending at a character offset. */
  mentionEndingAt: Map<number, { start: number; end: number; entity: DocEntity }>;
  mentionStartingAt: Map<number, { start: number; end: number; entity: DocEntity }>;
  blockOfToken: Int32Array;
}

function buildContext(text: string, blocks: TextBlock[], analysis: DocAnalysis, fragments: Fragment[]): Context {
  const { tokens } = analysis;
  const inQuote = new Int32Array(tokens.length).fill(-1);
  let f = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (f < fragments.length && fragments[f]!.markEnd <= t.start) f++;
    const fr = fragments[f];
    if (fr && t.start >= fr.markStart && t.end <= fr.markEnd) inQuote[i] = f;
  }
  const blockOfToken = new Int32Array(tokens.length);
  let b = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (b < blocks.length - 1 && tokens[i]!.start >= blocks[b]!.end) b++;
    blockOfToken[i] = b;
  }
  const mentionEndingAt = new Map<number, { start: number; end: number; entity: DocEntity }>();
  const mentionStartingAt = new Map<number, { start: number; end: number; entity: DocEntity }>();
  for (const { mention, entity } of analysis.mentionIndex) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    const m = { start: mention.start, end: mention.end, entity };
    const prevEnd = mentionEndingAt.get(mention.end);
    // Longest mention wins ("Putin's close ally" over a nested word).
    if (!prevEnd || prevEnd.end - prevEnd.start < m.end - m.start) mentionEndingAt.set(mention.end, m);
    const prevStart = mentionStartingAt.get(mention.start);
    if (!prevStart || prevStart.end - prevStart.start < m.end - m.start) mentionStartingAt.set(mention.start, m);
  }
  return { text, blocks, analysis, fragments, inQuote, mentionEndingAt, mentionStartingAt, blockOfToken };
}

const lowerOf = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** A verb or adverb by the lexicon, or by its ending ("decried", "quickly"): it ends a noun phrase. */
function isVerbish(word: string): boolean {
  if (gazetteer().verbs.has(word)) return true;
  return word.length > 4 && /^\p{Ll}/u.test(word) && /(?:ed|ly)$/.test(word) && !gazetteer().commonWords.has(word);
}

/** The noun phrase ending at token index i (inclusive), walking back to a determiner or a boundary. */
function nounPhraseEndingAt(ctx: Context, i: number): Subject | null {
  const { tokens } = ctx.analysis;
  const t = tokens[i];
  if (!t || ctx.inQuote[i]! >= 0) return null;
  const mention = ctx.mentionEndingAt.get(t.end);
  if (mention) {
    // "Trump's campaign manager Corey Lewandowski": the name itself is the subject.
    return { start: mention.start, end: mention.end, entity: mention.entity, written: ctx.text.slice(mention.start, mention.end), pronoun: null };
  }
  const lw = lowerOf(t).replace(/['’](?:d|ll|ve|re|m)$/, '');
  if (t.kind === 'word' && PRONOUNS.has(lw)) return { start: t.start, end: t.start + lw.length, entity: null, written: t.text.slice(0, lw.length), pronoun: lw };
  // A capitalised word mid-sentence that no list knows ("…,” Black said): a name as written.
  const midSentence = i > 0 && tokens[i - 1]!.sentence === t.sentence;
  if (t.kind === 'word' && midSentence && /^\p{Lu}\p{Ll}/u.test(t.text) && !NP_STOPS.has(lw))
    return { start: t.start, end: t.end, entity: null, written: t.text, pronoun: null };
  // After a determiner a word is a noun whatever else it can be ("the club", "the report").
  const afterDeterminer = DETERMINERS.has(lowerOf(tokens[i - 1])) || /^['’]s$/i.test(tokens[i - 1]?.text ?? '');
  if (t.kind !== 'word' || NP_STOPS.has(lw) || DETERMINERS.has(lw)) return null;
  if (gazetteer().adjectives.has(lw) || (isVerbish(lw) && !(afterDeterminer && !/(?:ed|ing|ly)$/.test(lw)))) return null;
  // A gerund is not a speaker ("… relocating said").
  if (/ing$/.test(lw) && !gazetteer().commonWords.has(lw)) return null;
  // A description: up to 8 tokens back, through "of"/"for" phrases ("a spokesman for the campaign").
  let first = i;
  for (let j = i - 1; j >= 0 && i - j < 9; j--) {
    const w = tokens[j]!;
    if (w.sentence !== t.sentence || ctx.inQuote[j]! >= 0) break;
    const lj = lowerOf(w);
    if (w.kind === 'punct' && !/^['’]s$/i.test(w.text)) break;
    if (DETERMINERS.has(lj)) {
      first = j;
      break;
    }
    if (lj === 'for' || lj === 'of' || lj === 'at') {
      first = j;
      continue;
    }
    if (NP_STOPS.has(lj) || CUES.has(lj)) break;
    // A verb-like word stops the phrase unless a determiner just before makes it a noun ("the harbour master").
    if (isVerbish(lj) && !DETERMINERS.has(lowerOf(tokens[j - 1])) && !/^['’]s$/i.test(tokens[j - 1]?.text ?? '')) break;
    first = j;
  }
  // Drop a leading preposition left from the walk.
  while (first < i && ['for', 'of', 'at'].includes(lowerOf(tokens[first]))) first++;
  const start = tokens[first]!.start;
  return { start, end: t.end, entity: null, written: ctx.text.slice(start, t.end), pronoun: null };
}

/** The subject of a cue before it: skips adverbs and auxiliaries, commas around an apposition or aside. */
function subjectBefore(ctx: Context, k: number): Subject | null {
  const { tokens } = ctx.analysis;
  const sentence = tokens[k]!.sentence;
  let i = k - 1;
  while (i >= 0 && tokens[i]!.sentence === sentence && SKIPPABLE.has(lowerOf(tokens[i])) && ctx.inQuote[i]! < 0) i--;
  // A party-and-state tag after a name: "Mary Fallin (R-OK) said".
  if (tokens[i]?.text === ')') {
    let j = i - 1;
    while (j >= 0 && i - j < 8 && tokens[j]!.text !== '(' && tokens[j]!.sentence === sentence) j--;
    if (tokens[j]?.text === '(') i = j - 1;
  }
  const t = tokens[i];
  if (!t || t.sentence !== sentence || ctx.inQuote[i]! >= 0) return null;
  if (t.text === ',') {
    // "Priya Castellane, president of …, which organises …, said": a name opening the clause, followed by a comma,
    // is the subject however many asides follow it.
    let cs = i;
    while (cs > 0 && tokens[cs - 1]!.sentence === sentence && ctx.inQuote[cs - 1]! < 0 && !/^[;:]$/.test(tokens[cs - 1]!.text)) cs--;
    const opening = ctx.mentionStartingAt.get(tokens[cs]!.start);
    if (opening && cs < i && ctx.text.slice(opening.end, opening.end + 1) === ',')
      return { start: opening.start, end: opening.end, entity: opening.entity, written: ctx.text.slice(opening.start, opening.end), pronoun: null };
    // "Patrushev, secretary of …, said" / "Putin, in turn, hailed": the phrase before the earlier comma.
    let j = i - 1;
    while (j >= 0 && i - j < 30 && tokens[j]!.sentence === sentence && tokens[j]!.text !== ',' && ctx.inQuote[j]! < 0) j--;
    const comma = tokens[j];
    if (!comma || comma.text !== ',' || comma.sentence !== sentence) return null;
    // The apposition itself may be the name: "his spokesman, Jason Miller, said".
    const inner = ctx.mentionStartingAt.get(tokens[j + 1]!.start);
    if (inner && inner.end === tokens[i - 1]!.end && inner.entity.type === 'person')
      return { start: inner.start, end: inner.end, entity: inner.entity, written: ctx.text.slice(inner.start, inner.end), pronoun: null };
    return nounPhraseEndingAt(ctx, j - 1);
  }
  if (RELATIVES.has(lowerOf(t)) && t.kind === 'word') {
    // "Smith, who said": the antecedent just before.
    let j = i - 1;
    if (tokens[j]?.text === ',') j--;
    const antecedent = j >= 0 ? nounPhraseEndingAt(ctx, j) : null;
    if (antecedent && (antecedent.entity || !antecedent.pronoun)) return antecedent;
    return null;
  }
  return nounPhraseEndingAt(ctx, i);
}

/** The subject after a cue in inverted order: "said Smith", "said the senator", "according to the campaign". */
function subjectAfter(ctx: Context, k: number): Subject | null {
  const { tokens } = ctx.analysis;
  const t = tokens[k + 1];
  if (!t || t.sentence !== tokens[k]!.sentence || ctx.inQuote[k + 1]! >= 0) return null;
  // "said former South Carolina Gov. Jim Hodges": a name within a few words of modifiers and titles.
  for (let j = k + 1; j < tokens.length && j - k <= 7; j++) {
    const w = tokens[j]!;
    if (w.sentence !== t.sentence || ctx.inQuote[j]! >= 0 || (w.kind === 'punct' && !/^['’]s$/i.test(w.text))) break;
    const mention = ctx.mentionStartingAt.get(w.start);
    if (mention) return { start: mention.start, end: mention.end, entity: mention.entity, written: ctx.text.slice(mention.start, mention.end), pronoun: null };
    if ((NP_STOPS.has(lowerOf(w)) && lowerOf(w) !== 'by') || CUES.has(lowerOf(w))) break;
  }
  const lw = lowerOf(t);
  // "…,” reported Reuters.": a capitalised word no list knows, right after the cue, is a name as written.
  if (t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !DETERMINERS.has(lw) && !PRONOUNS.has(lw)) {
    const next = tokens[k + 2];
    if (!next || next.kind !== 'word' || !/^\p{Lu}/u.test(next.text)) return { start: t.start, end: t.end, entity: null, written: t.text, pronoun: null };
  }
  if (PRONOUNS.has(lw) && lw !== 'it' && lw !== 'you') return { start: t.start, end: t.end, entity: null, written: t.text, pronoun: lw };
  if (!DETERMINERS.has(lw) || lw === 'that') return null;
  // Determiner phrase: to the next punctuation or stop word, at most 8 tokens, through "for"/"of".
  let last = k + 1;
  for (let j = k + 2; j < tokens.length && j - k < 10; j++) {
    const w = tokens[j]!;
    const lj = lowerOf(w);
    if (w.sentence !== t.sentence || ctx.inQuote[j]! >= 0) break;
    if (w.kind === 'punct' && !/^['’]s$/i.test(w.text)) break;
    if (NP_STOPS.has(lj) && lj !== 'for' && lj !== 'of' && lj !== 'at') break;
    last = j;
  }
  if (last === k + 1) return null;
  // The head noun may be a known mention: "said the Trump campaign" stays a description.
  const end = tokens[last]!.end;
  const inner = ctx.mentionEndingAt.get(end);
  const entity = inner && inner.start <= t.start + 4 ? inner.entity : null;
  return { start: t.start, end, entity, written: ctx.text.slice(t.start, end), pronoun: null };
}

/** Position of token k relative to quotes: right after a closing mark (", he said" / "said Smith" order). */
function followsQuote(ctx: Context, k: number): boolean {
  const { tokens } = ctx.analysis;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    if (ctx.inQuote[j]! >= 0) return true;
    const tx = tokens[j]!.text;
    if (tx !== ',' && !/^[”"’»]$/.test(tx) && tx !== '—') return false;
  }
  return false;
}

function findCues(ctx: Context): Cue[] {
  const { tokens } = ctx.analysis;
  const cues: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || ctx.inQuote[k]! >= 0) continue;
    const lw = t.text.toLowerCase();
    const block = ctx.blockOfToken[k]!;
    if (lw === 'according' && lowerOf(tokens[k + 1]) === 'to') {
      const subject = subjectAfter(ctx, k + 1);
      cues.push({ start: t.start, end: tokens[k + 1]!.end, text: ctx.text.slice(t.start, tokens[k + 1]!.end), tokenIndex: k, sentence: t.sentence, block, subject, weak: false });
      continue;
    }
    if (!CUES.has(lw)) continue;
    // "those reports", "his statement": after a determiner, quantifier or possessive the word is a noun, not a cue.
    const before = tokens[k - 1];
    if (before && before.sentence === t.sentence && (DETERMINERS.has(lowerOf(before)) || QUANTIFIERS.has(lowerOf(before)) || /^['’]s$/i.test(before.text))) continue;
    // Lower-case cue words only ("Said" starting a sentence is still a verb; "Tell" in a title is not).
    // …unless a name comes right before it, as in title-case lines ("Clinton Said …", "Murphy, …, Tweeted").
    const afterName = k > 0 && (ctx.mentionEndingAt.has(tokens[k - 1]!.end) || tokens[k - 1]!.text === ',');
    if (/^\p{Lu}/u.test(t.text) && k > 0 && tokens[k - 1]!.sentence === t.sentence && !afterName) continue;
    let subject: Subject | null = null;
    const prevText = tokens[k - 1]?.sentence === t.sentence ? tokens[k - 1]!.text : '';
    // Inverted order ("…,” said Smith; "…, says Smith"; "Said Smith:") only with verbs that invert.
    const invertible = INVERTIBLE.has(lw) && (prevText === '' || prevText === ',' || prevText === ':' || followsQuote(ctx, k));
    if (GERUNDS.test(lw)) subject = null;
    else if (followsQuote(ctx, k)) subject = (invertible ? subjectAfter(ctx, k) : null) ?? subjectBefore(ctx, k);
    else {
      subject = subjectBefore(ctx, k);
      if (!subject && invertible) subject = subjectAfter(ctx, k);
    }
    cues.push({ start: t.start, end: t.end, text: t.text, tokenIndex: k, sentence: t.sentence, block, subject, weak: WEAK_CUES.has(lw) || (GERUNDS.test(lw) && !subject) });
  }
  // "Philip Bump: “…”", "Here’s Clinton in December 1992: “…”": a colon right before a quote, a name before it.
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.text !== ':' || ctx.inQuote[k]! >= 0 || ctx.inQuote[k + 1]! < 0) continue;
    if (cues.some((c) => c.sentence === t.sentence && c.tokenIndex < k && c.subject)) continue;
    for (let j = k - 1; j >= 0 && k - j <= 10 && tokens[j]!.sentence === t.sentence && ctx.inQuote[j]! < 0; j--) {
      const mention = ctx.mentionStartingAt.get(tokens[j]!.start);
      if (!mention) continue;
      const subject = { start: mention.start, end: mention.end, entity: mention.entity, written: ctx.text.slice(mention.start, mention.end), pronoun: null };
      cues.push({ start: t.start, end: t.end, text: ':', tokenIndex: k, sentence: t.sentence, block: ctx.blockOfToken[k]!, subject, weak: false });
      break;
    }
  }
  cues.sort((a, b) => a.start - b.start);
  // A gerund ("…, adding that …", "saying …") shares the subject of its sentence's main verb.
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    if (c.subject || !GERUNDS.test(c.text.toLowerCase())) continue;
    let main: Cue | undefined;
    for (let j = i - 1; j >= 0 && cues[j]!.sentence === c.sentence; j--) if (cues[j]!.subject) { main = cues[j]; break; }
    c.subject = main ? main.subject : firstSubjectOfSentence(ctx, c.tokenIndex);
    c.weak = !c.subject;
  }
  return cues;
}

/** A person's name right after a possessive that ends at `end` ("The Post's Ruth Marcus" → Ruth Marcus). */
function personAfterPossessive(ctx: Context, end: number) {
  const possessive = /^['’]s\s+/.exec(ctx.text.slice(end, end + 4));
  const next = possessive ? ctx.mentionStartingAt.get(end + possessive[0].length) : undefined;
  return next?.entity.type === 'person' ? next : undefined;
}

/** The first person or organisation mention (or pronoun) of a sentence, before token k: its main subject. */
function firstSubjectOfSentence(ctx: Context, k: number): Subject | null {
  const { tokens } = ctx.analysis;
  const sentence = tokens[k]!.sentence;
  let i = k;
  while (i > 0 && tokens[i - 1]!.sentence === sentence) i--;
  for (let j = i; j < k && j - i < 12; j++) {
    if (ctx.inQuote[j]! >= 0) return null;
    const t = tokens[j]!;
    const found = ctx.mentionStartingAt.get(t.start);
    // "The Post's Ruth Marcus puts it": the person after an owner's possessive heads the phrase.
    const mention = (found && personAfterPossessive(ctx, found.end)) || found;
    if (mention) return { start: mention.start, end: mention.end, entity: mention.entity, written: ctx.text.slice(mention.start, mention.end), pronoun: null };
    const lw = lowerOf(t);
    if (lw === 'he' || lw === 'she' || lw === 'they' || lw === 'we' || lw === 'i') return { start: t.start, end: t.end, entity: null, written: t.text, pronoun: lw };
  }
  return null;
}

/** Resolves a pronoun to the most recent compatible person (or organisation for "it"/"they") before it. */
function resolvePronoun(ctx: Context, subject: Subject): DocEntity | null {
  const kind = PRONOUNS.get(subject.pronoun ?? '');
  if (!kind || kind === 'self') return null;
  const index = ctx.analysis.mentionIndex;
  let unknownGender: DocEntity | null = null;
  for (let i = lastMentionBefore(ctx, subject.start); i >= 0 && subject.start - index[i]!.mention.start < 2500; i--) {
    const { mention, entity } = index[i]!;
    if (isInsideQuote(ctx, mention.start)) continue;
    if (kind === 'male' || kind === 'female') {
      if (entity.type !== 'person') continue;
      if (entity.gender === kind) return entity;
      // A person of unknown gender is the answer only if no one known to match comes soon before.
      if (!entity.gender && !unknownGender) unknownGender = entity;
      if (unknownGender && subject.start - mention.start > 600) return unknownGender;
      continue;
    }
    if (kind === 'thing' && entity.type === 'organization') return entity;
    if (kind === 'group' && entity.type === 'organization') return entity;
    if (kind === 'group' || kind === 'thing') {
      if (entity.type === 'person') return null;
    }
  }
  return unknownGender;
}

function isInsideQuote(ctx: Context, offset: number): boolean {
  // Fragments are sorted; a linear scan would be O(n²) over many mentions, so bisect.
  const fr = ctx.fragments;
  const lo = partitionPoint(fr, (item) => item.markEnd <= offset);
  const f = fr[lo];
  return !!f && offset >= f.markStart && offset < f.markEnd;
}

const TITLE_FORMS: Record<string, string> = { sen: 'senator', gov: 'governor', rep: 'representative', pres: 'president', gen: 'general', dr: 'doctor' };

/** "the senator" → the most recent person titled so ("Sen. Ted Cruz"), when the text has one. */
function resolveTitleDescription(ctx: Context, subject: Subject): DocEntity | null {
  const m = /^the (?:former |current |outgoing |incoming )?([a-z-]+(?: [a-z-]+)?)$/i.exec(subject.written.trim());
  if (!m) return null;
  const head = m[1]!.toLowerCase();
  const titled = (e: DocEntity) => [...e.titles].some((t) => t.split(' ').map((w) => TITLE_FORMS[w] ?? w).join(' ').endsWith(head));
  const index = ctx.analysis.mentionIndex;
  for (let i = lastMentionBefore(ctx, subject.start); i >= 0; i--) {
    const { mention, entity } = index[i]!;
    if (subject.start - mention.start > 3000) break;
    if (entity.type === 'person' && titled(entity)) return entity;
  }
  return null;
}

/** Index of the last mention starting before an offset (binary search), or -1. */
function lastMentionBefore(ctx: Context, offset: number): number {
  const index = ctx.analysis.mentionIndex;
  return partitionPoint(index, (item) => item.mention.start < offset) - 1;
}

// Description heads that name an organisation, with the words its name may carry instead ("the club" → "… FC").
const ORG_HEADS: Record<string, string[]> = {
  council: ['council'], chamber: ['chamber'], committee: ['committee'], club: ['club', 'fc', 'afc'], team: ['fc', 'team'],
  company: ['ltd', 'inc', 'corp', 'co', 'plc', 'company'], firm: ['ltd', 'inc', 'corp', 'co', 'plc', 'firm'],
  newspaper: ['herald', 'times', 'post', 'news', 'journal', 'gazette', 'tribune', 'chronicle', 'mail', 'telegraph'],
  paper: ['herald', 'times', 'post', 'news', 'journal', 'gazette', 'tribune', 'chronicle', 'mail', 'telegraph'],
  party: ['party'], campaign: ['campaign'], ministry: ['ministry'], department: ['department'], agency: ['agency'],
  government: ['government'], association: ['association'], union: ['union'], school: ['school', 'academy'],
  academy: ['academy'], board: ['board'], police: ['police'], group: ['group'], bank: ['bank'], university: ['university'],
};

/**
 * "the council", "the head teacher", "the company": the entity the text names with those words — an organisation
 * whose name carries the head noun, a name standing next to the same words earlier ("Aileen Marsh, the school's
 * head teacher"), or for a company, club or newspaper the organisation of the last two paragraphs.
 */
function resolveDescription(ctx: Context, subject: Subject): DocEntity | null {
  const m = /^(?:the|its|their) ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)$/u.exec(subject.written.trim());
  if (!m) return null;
  const phrase = m[1]!;
  const head = phrase.split(' ').pop()!;
  const orgWords = ORG_HEADS[head];
  const index = ctx.analysis.mentionIndex;
  const from = lastMentionBefore(ctx, subject.start);
  if (orgWords) {
    for (let i = from; i >= 0 && from - i < 500 && subject.start - index[i]!.mention.start < 5000; i--) {
      const e = index[i]!.entity;
      if (e.type === 'organization' && e.name.toLowerCase().split(/[\s.]+/).some((w) => orgWords.includes(w))) return e;
    }
  }
  // An earlier use of the same words next to a name, in the same sentence.
  const { text } = ctx;
  const lowerText = text.slice(Math.max(0, subject.start - 5000), subject.start).toLowerCase();
  const base = Math.max(0, subject.start - 5000);
  let tries = 0;
  for (let at = lowerText.lastIndexOf(phrase); at >= 0 && tries++ < 10; at = at > 0 ? lowerText.lastIndexOf(phrase, at - 1) : -1) {
    const pos = base + at;
    if (/\p{L}/u.test(text[pos - 1] ?? '') || /\p{L}/u.test(text[pos + phrase.length] ?? '')) continue;
    const near = nearestNameInSentence(ctx, pos, orgWords ? 'organization' : 'person');
    if (near) return near;
  }
  // "the company said": the organisation the last two paragraphs were about.
  if (orgWords && ['company', 'firm', 'club', 'newspaper', 'paper', 'team', 'group'].includes(head)) {
    const block = blockAt(ctx, subject.start);
    for (let i = from; i >= 0 && from - i < 500; i--) {
      const { mention, entity } = index[i]!;
      if (blockAt(ctx, mention.start) < block - 1) break;
      if (entity.type === 'organization' && !isInsideQuote(ctx, mention.start)) return entity;
    }
  }
  return null;
}

function blockAt(ctx: Context, offset: number): number {
  return partitionPoint(ctx.blocks, (item) => item.end < offset);
}

/** The person or organisation mention nearest to an offset within its sentence (names only). */
function nearestNameInSentence(ctx: Context, offset: number, type: 'person' | 'organization'): DocEntity | null {
  const { tokens } = ctx.analysis;
  const lo = partitionPoint(tokens, (item) => item.end <= offset);
  const sentence = tokens[lo]?.sentence;
  if (sentence === undefined) return null;
  const s = ctx.analysis.sentences[sentence]!;
  let best: { entity: DocEntity; distance: number } | null = null;
  const index = ctx.analysis.mentionIndex;
  const last = lastMentionBefore(ctx, s.end);
  for (let i = last; i >= 0 && last - i < 200 && index[i]!.mention.start >= s.start; i--) {
    const { mention, entity } = index[i]!;
    if (entity.type !== type || mention.kind === 'description') continue;
    const distance = mention.end <= offset ? offset - mention.end : mention.start - offset;
    if (distance >= 0 && (!best || distance < best.distance)) best = { entity, distance };
  }
  return best?.entity ?? null;
}

function toSpeaker(ctx: Context, subject: Subject): { speaker: FoundSpeaker; confidence: number } {
  let entity = subject.entity;
  let confidence = entity ? 0.9 : 0.6;
  if (!entity && subject.pronoun) {
    entity = resolvePronoun(ctx, subject);
    confidence = entity ? 0.75 : 0.4;
  } else if (!entity) {
    entity = resolveTitleDescription(ctx, subject) ?? resolveDescription(ctx, subject);
    if (entity) confidence = 0.6;
  }
  const name = entity ? entity.name : subject.written;
  return {
    speaker: { name, entity: entity ? entity.id : null, mention: { start: subject.start, end: subject.end } },
    confidence,
  };
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** A short fragment in title case is a name or a title ("‘One China’ policy"), not speech. */
function looksLikeName(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 5) return false;
  const minor = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at']);
  return words.every((w) => /^\p{Lu}/u.test(w) || minor.has(w)) && /^\p{Lu}/u.test(words[0]!);
}

function normalizeWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * "“A,” she said, “B.”" or "“A,” he said. “B.”": only an attribution clause (a few words with a cue) between two
 * fragments of one paragraph, the first ending with a comma (or the second opening right after the clause's stop).
 */
function isSplitByCue(text: string, first: Fragment, second: Fragment): boolean {
  const between = text.slice(first.markEnd, second.markStart);
  if (between.length > 80 || /[“”"«»]/.test(between)) return false;
  const words = between.match(/[\p{L}’']+/gu) ?? [];
  if (words.length === 0 || words.length > 8 || !words.some((w) => CUES.has(w.toLowerCase()))) return false;
  const firstEndsWithComma = /,\s*[”"»]?\s*$/.test(text.slice(first.start, first.markEnd));
  return firstEndsWithComma && /[,:.]\s*$/.test(between);
}

/** Farthest a cue may sit from its quote, in characters. */
const CUE_WINDOW = 400;

interface Attributed {
  fragment: Fragment;
  cue: Cue | null;
  speaker: FoundSpeaker | null;
  confidence: number;
  quotation: number;
  keep: boolean;
}

/** Attributes every fragment; drops scare quotes and names in quotation marks. */
export function attributeQuotes(text: string, blocks: TextBlock[], analysis: DocAnalysis, fragments: Fragment[]): FoundQuote[] {
  const ctx = buildContext(text, blocks, analysis, fragments);
  const { tokens } = analysis;
  const cues = findCues(ctx);
  const cuesBySentence = new Map<number, Cue[]>();
  for (const c of cues) {
    if (!cuesBySentence.has(c.sentence)) cuesBySentence.set(c.sentence, []);
    cuesBySentence.get(c.sentence)!.push(c);
  }
  const cuesByBlock = new Map<number, Cue[]>();
  for (const c of cues) {
    if (!c.subject) continue;
    if (!cuesByBlock.has(c.block)) cuesByBlock.set(c.block, []);
    cuesByBlock.get(c.block)!.push(c);
  }
  // Sentence of each fragment: the sentence of its first token (a fragment may span several sentences).
  const tokenAt = (offset: number): number => partitionPoint(tokens, (item) => item.end <= offset);

  const sentenceOfFragment = (f: Fragment): number => tokens[tokenAt(f.markStart)]?.sentence ?? -1;

  const results: Attributed[] = [];
  let quotation = 0;
  for (let fi = 0; fi < fragments.length; fi++) {
    const f = fragments[fi]!;
    const firstTok = tokenAt(f.markStart);
    const lastTok = Math.max(firstTok, tokenAt(Math.max(f.markStart, f.markEnd - 1)));
    const sentFirst = tokens[firstTok]?.sentence ?? -1;
    const sentLast = tokens[lastTok]?.sentence ?? -1;
    // Candidate cues: in the sentences the fragment touches (outside it), nearest first; after-quote cues preferred.
    let best: Cue | null = null;
    let bestScore = Infinity;
    for (let s = sentFirst; s <= sentLast && s >= 0; s++) {
      const sentenceCues = cuesBySentence.get(s) ?? [];
      // Only cues within a window around the fragment (binary search keeps huge sentences linear).
      const lo = partitionPoint(sentenceCues, (item) => item.end < f.markStart - CUE_WINDOW);
      for (let ci = lo; ci < sentenceCues.length && sentenceCues[ci]!.start <= f.markEnd + CUE_WINDOW; ci++) {
        const c = sentenceCues[ci]!;
        if (!c.subject) continue;
        const after = c.start >= f.markEnd;
        const distance = after ? c.start - f.markEnd : f.markStart - c.end;
        if (distance < 0) continue;
        // A cue before the quote is stronger when the quote follows it closely; after, right after the mark.
        let score = distance + (after ? 0 : 5);
        if (c.weak && distance > 40) continue;
        // Another quote between cue and fragment: the cue belongs to that one.
        // Fragments are sorted, so only the neighbour on the cue's side can sit in between.
        const neighbour = after ? fragments[fi + 1] : fragments[fi - 1];
        const between = !!neighbour && (after ? neighbour.markEnd <= c.start : neighbour.markStart >= c.end);
        if (between) score += 200;
        if (score < bestScore) {
          bestScore = score;
          best = c;
        }
      }
    }
    // Also the cue right after the fragment when the fragment ends its sentence ("“…,” he said.") — same sentence
    // already; a fragment ending with a period before "he said" splits sentences, so look one sentence on.
    if (!best) {
      for (const c of cuesBySentence.get(sentLast + 1) ?? []) {
        if (!c.subject || c.start < f.markEnd || c.block !== f.block) continue;
        if (c.start - f.markEnd <= 4 + (c.subject.end - c.subject.start) + 2) best = c;
        break;
      }
    }
    const prev = results[results.length - 1];
    const continued = !!prev && !prev.fragment.closed && f.block === prev.fragment.block + 1 && f.markStart === blocks[f.block]!.start;
    const split = !!prev && prev.fragment.block === f.block && isSplitByCue(text, prev.fragment, f);
    if (!continued && !split) quotation++;
    const item: Attributed = { fragment: f, cue: best, speaker: null, confidence: 0, quotation, keep: true };
    if (split && prev?.speaker) {
      // "“A,” she said, “B.”": the second fragment is the same quotation and speaker.
      item.cue = prev.cue;
      item.speaker = prev.speaker;
      item.confidence = prev.confidence;
    } else if (best?.subject) {
      const s = toSpeaker(ctx, best.subject);
      item.speaker = s.speaker;
      item.confidence = s.confidence;
    } else if ((continued || split) && prev) {
      item.speaker = prev.speaker;
      item.cue = prev.cue;
      item.confidence = prev.confidence;
    }
    results.push(item);
  }

  // Second pass: fragments without a cue in their sentence take the paragraph's speaker.
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (r.speaker || r.fragment.blockKind !== 'paragraph') continue;
    const block = r.fragment.block;
    // Same paragraph: nearest attributed fragment before, else after.
    let donor: Attributed | null = null;
    for (let j = i - 1; j >= 0 && results[j]!.fragment.block === block; j--) if (results[j]!.speaker) { donor = results[j]!; break; }
    if (!donor) for (let j = i + 1; j < results.length && results[j]!.fragment.block === block; j++) if (results[j]!.speaker && results[j]!.cue) { donor = results[j]!; break; }
    if (donor) {
      r.speaker = donor.speaker;
      r.confidence = Math.min(donor.confidence, 0.7);
      continue;
    }
    // A cue elsewhere in the paragraph.
    const blockCues = cuesByBlock.get(block)?.filter((c) => !c.weak);
    if (blockCues?.length) {
      const c = blockCues.reduce((a, b) => (Math.abs(b.start - r.fragment.start) < Math.abs(a.start - r.fragment.start) ? b : a));
      const s = toSpeaker(ctx, c.subject!);
      r.speaker = s.speaker;
      r.cue = c;
      r.confidence = Math.min(s.confidence, 0.6);
      continue;
    }
    // A quote that opens the paragraph continues the previous paragraph's speaker (its last quote or its cue,
    // e.g. "… echoed:").
    const startsParagraph = text.slice(blocks[block]!.start, r.fragment.markStart).trim() === '';
    if (startsParagraph && block > 0) {
      let prevQuote: Attributed | undefined;
      for (let j = i - 1; j >= 0 && results[j]!.fragment.block >= block - 1; j--)
        if (results[j]!.fragment.block === block - 1 && results[j]!.speaker) {
          prevQuote = results[j];
          break;
        }
      const prevCues = cuesByBlock.get(block - 1);
      const prevText = text.slice(blocks[block - 1]!.start, blocks[block - 1]!.end).trim();
      if (prevText.endsWith(':') && prevCues?.length) {
        const s = toSpeaker(ctx, prevCues[prevCues.length - 1]!.subject!);
        r.speaker = s.speaker;
        r.cue = prevCues[prevCues.length - 1]!;
        r.confidence = Math.min(s.confidence, 0.7);
      } else if (prevQuote) {
        r.speaker = prevQuote.speaker;
        r.confidence = Math.min(prevQuote.confidence, 0.5);
      } else if (prevCues?.length) {
        const s = toSpeaker(ctx, prevCues[prevCues.length - 1]!.subject!);
        r.speaker = s.speaker;
        r.confidence = Math.min(s.confidence, 0.45);
      }
    }
  }

  // Last resort for a partial quote: the person or organisation that is the subject of its sentence
  // ("Cruz questioned Trump's “New York values”"), with low confidence.
  for (const r of results) {
    if (r.speaker || r.fragment.blockKind !== 'paragraph') continue;
    const k = tokenAt(r.fragment.markStart);
    const subject = tokens[k] ? firstSubjectOfSentence(ctx, k) : null;
    if (!subject || (!subject.entity && subject.pronoun !== 'he' && subject.pronoun !== 'she')) continue;
    // The subject must be followed by a verb-like lower-case word, not be a possessive or a list item.
    const after = text.slice(subject.end, subject.end + 30);
    if (/^['’]s\b/.test(after)) continue;
    const direct = /^,?\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:ed|s)\b/u.test(after);
    // Or a past-tense verb between the subject and the quote, past an aside ("Cruz, leading in the polls, questioned").
    const between = text.slice(subject.end, Math.min(r.fragment.markStart, subject.end + 200));
    const verbLater = /^,/.test(after) && /,\s+\p{Ll}+ed\b/u.test(between);
    if (!direct && !verbLater) continue;
    const s = toSpeaker(ctx, subject);
    r.speaker = s.speaker;
    r.confidence = 0.35;
  }

  // Headline and subheading quotes take the speaker of a body quote with the same words.
  for (const r of results) {
    if (r.fragment.blockKind === 'paragraph') continue;
    const words = normalizeWords(text.slice(r.fragment.start, r.fragment.end));
    const source = results.find((o) => o.fragment.blockKind === 'paragraph' && o.speaker && normalizeWords(text.slice(o.fragment.start, o.fragment.end)).includes(words));
    if (source) {
      r.speaker = source.speaker;
      r.confidence = Math.min(source.confidence, 0.8);
    } else if (!r.speaker) r.keep = r.fragment.marks === 'double' && !looksLikeName(text.slice(r.fragment.start, r.fragment.end));
  }

  // Scare quotes and names: short fragments with no cue in their own sentence, and names in title case.
  for (const r of results) {
    if (r.fragment.blockKind !== 'paragraph') continue;
    const fragmentText = text.slice(r.fragment.start, r.fragment.end);
    const words = wordCount(fragmentText);
    const ownCue = !!r.cue && r.cue.block === r.fragment.block;
    // An HTML attribute value left in the text (tweet-date="…") is markup, not speech.
    const markup = text[r.fragment.markStart - 1] === '=';
    // Title-case words without sentence punctuation inside the marks: a show, a book, a slogan's name.
    const spoken = /[.!?,]$/.test(text.slice(r.fragment.start, r.fragment.markEnd).replace(/[”"’»\s]+$/, ''));
    // "so-called “green” ferries", "their “green” label": a word in marks qualifying a noun, not speech,
    // unless a cue in its own sentence attributes it ("hailed … a “balanced” approach").
    const soCalled = /so[- ]called\s*$/i.test(text.slice(Math.max(0, r.fragment.markStart - 12), r.fragment.markStart));
    const beforeNoun = /^[”"’»]?\s+\p{Ll}+/u.test(text.slice(r.fragment.end, r.fragment.end + 20)) && !/^[”"’»]?\s+(?:and|or|but|as|to|in|on|at|for|from|with|of|by|that|which|who|is|are|was|were|he|she|they|it|said|says)\b/u.test(text.slice(r.fragment.end, r.fragment.end + 20));
    const ownSentenceCue = !!r.cue && r.cue.sentence === sentenceOfFragment(r.fragment);
    if (soCalled || (words < 4 && beforeNoun && !ownSentenceCue)) r.keep = false;
    // A title after "on", "in", "’s" … ("on CNN’s “State of the Union.”", "in “The Revenant”") names a show or a work.
    const titleContext = /(?:\b(?:on|in|of|at|from|titled|entitled|called|named|show|program|programme|film|movie|book|song|series|album)|['’]s)\s*$/i.test(
      text.slice(Math.max(0, r.fragment.markStart - 25), r.fragment.markStart),
    );
    if (titleContext && looksLikeName(fragmentText)) r.keep = false;
    if (markup || (looksLikeName(fragmentText) && !(ownCue && spoken))) r.keep = false;
    else if (words < 4 && !r.speaker) r.keep = false;
  }

  const kept = results.filter((r) => r.keep);
  // Renumber quotations densely in reading order.
  const renumber = new Map<number, number>();
  return kept.map((r) => {
    if (!renumber.has(r.quotation)) renumber.set(r.quotation, renumber.size);
    const cue = r.cue ? { start: r.cue.start, end: r.cue.end, text: r.cue.text } : null;
    return {
      start: r.fragment.start,
      end: r.fragment.end,
      text: text.slice(r.fragment.start, r.fragment.end),
      speaker: r.speaker,
      cue: r.speaker ? cue : null,
      confidence: r.speaker ? r.confidence : 0.3,
      quotation: renumber.get(r.quotation)!,
    };
  });
}

