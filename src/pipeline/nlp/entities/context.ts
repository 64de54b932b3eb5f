// An unknown one-word name (no name list knows it, no full name in the document ends in it) is typed by what the
// document says around it, over all its occurrences: "the firm Quillex", "Quillex's shares", "Quillex Inc", a
// capital inside the word ("NorthBank"), a team in a sports report. People in news are introduced by their full
// name, so a lone unknown word that is never one is more often a company, agency or club than a person.
import type { EntityType } from '../../../shared/schema.ts';
import type { Token } from '../tokens.ts';
import type { Candidate } from './candidate.ts';
import { ORG_CONTEXT } from './vocabulary.ts';

// Lower-case nouns before a name that say what it is: "the firm Quillex", "press distributor Quillex".
const ORG_DESCRIPTORS = new Set(
  `firm company group operator distributor newspaper daily weekly agency bank club side team rivals publisher
  carrier insurer airline maker giant retailer broker brokerage manufacturer producer chain conglomerate network
  channel broadcaster magazine paper tabloid station union party lender supplier subsidiary unit outfit label band`
    .split(/\s+/)
    .filter(Boolean),
);
// Nouns after "X's" that belong to an organisation: "Quillex's shares", "Quillex's chairman".
const ORG_POSSESSIONS = new Set(
  `shares share stock profit profits earnings revenue revenues sales chairman chief board shareholders executive
  executives spokesman spokeswoman subsidiary unit units management bid offer bonds stake headquarters plant
  factory products customers employees workers staff players squad coach manager fans`
    .split(/\s+/)
    .filter(Boolean),
);
const SQUAD_ROLES = new Set(['defender', 'striker', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'forward', 'full-back', 'centre-back', 'playmaker', 'boss', 'manager', 'coach', 'captain', 'squad', 'fans', 'supporters', 'chairman']);
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'ltd', 'plc', 'co', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa']);
// Verbs a team is the subject or object of in a sports report.
const LOCATIVE_BEFORE = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'into', 'through', 'via']);

// Endings of adjectives and nouns of nationality or belief ("Kurdish", "European", "Zairean", "Briton").
export const NATIONALITY_ENDING = /(?:an|ish|ese|ic|i|on)$/;

/** "Kurdish leaders", "the Olympic champion": a word used as an adjective before a lower-case noun. */
function adjectiveUse(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return NATIONALITY_ENDING.test(tokens[i]!.text) && !!next && next.kind === 'word' && /^\p{Ll}/u.test(next.text);
}

/** The first word of a sentence or clause, or a label before a colon ("Attendance: 2,000"): capitals say nothing. */
function capitalSaysNothing(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence || /^[“"‘'(\[:;—–-]$/.test(prev.text)) return true;
  return tokens[i + 1]?.text === ':';
}

// Scorecard marks before a player's name: caught, bowled, leg before, stumped.
const DISMISSALS = new Set(['c', 'b', 'lbw', 'st']);
const SPEECH = new Set(['said', 'says', 'added', 'told', 'explained', 'admitted']);

/** "Quell, who…", "Ata-ur-Quell", "c Quell b Mott", and in a sports report "Quell said": a person. */
function personEvidence(tokens: Token[], i: number, sports: boolean): 'person' | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  if (next === ',' && tokens[i + 2]?.text === 'who') return 'person';
  if (/^\p{Lu}\p{Ll}+-\p{Ll}{1,3}-\p{Lu}/u.test(t.text)) return 'person';
  if (DISMISSALS.has(prev) && tokens[i - 1]!.kind === 'word') return 'person';
  if (sports && (SPEECH.has(prev) || SPEECH.has(next))) return 'person';
  return null;
}

/**
 * Outside sports, an unknown lone word that speaks ("Quillex said", "told Quillex") is an agency, company or
 * ministry: a person would have been introduced by a full name, which links the surname before this step.
 */
function speakingOrganization(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  return SPEECH.has(prev) || SPEECH.has(next);
}

/**
 * Words next to a name that only an organisation has: "the firm X", "X Inc", "X's shares", "X spokesman", a capital
 * inside the word ("NorthBank"). Strong enough to overrule a first-name or surname list ("Jones's shares").
 */
export function organizationEvidence(tokens: Token[], i: number, sports = false): boolean {
  const t = tokens[i]!;
  // "the Chelsea defender", "Quill striker": in a sports report a player's position after a name makes it the club.
  if (sports && SQUAD_ROLES.has(tokens[i + 1]?.text ?? '')) return true;
  // "Chelsea's Damien Duff": in a sports report a name owning a player is the club.
  if (sports && /^['’]s$/.test(tokens[i + 1]?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(tokens[i + 2]?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(tokens[i + 3]?.text ?? '')) return true;
  const prev = tokens[i - 1]?.text ?? '';
  const prev2 = tokens[i - 2]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  const next2 = tokens[i + 2]?.text.toLowerCase() ?? '';
  if (/\p{Ll}\p{Lu}/u.test(t.text)) return true;
  if (ORG_DESCRIPTORS.has(prev) || (ORG_DESCRIPTORS.has(prev2) && /^[,:]$/.test(prev))) return true;
  if (COMPANY_SUFFIXES.has(next.toLowerCase().replace(/\.$/, ''))) return true;
  if (ORG_CONTEXT.has(next)) return true;
  return /^['’]s?$/.test(next) && ORG_POSSESSIONS.has(next2);
}

// Words after an award's name: "an Oscar nomination", "the Grammy for best album", "Bafta-winning".
const AWARD_AFTER = new Set(['nomination', 'nominations', 'nominee', 'nominees', 'nominated', 'winner', 'winners', 'winning', 'award', 'awards', 'ceremony', 'statuette', 'for']);

/** "an Oscar nomination", "won the Oscar for best film": an award or another thing, not a person. */
export function thingEvidence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? '';
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (next === 'for') return /^(?:the|an?)$/.test(prev) && tokens[i + 2]?.text.toLowerCase() === 'best';
  return AWARD_AFTER.has(next) || ((prev === 'a' || prev === 'an') && tokens[i + 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[i + 1]!.text));
}

/** What the words around one occurrence say about an unknown name: an organisation, a place, a person or nothing. */
export function occurrenceEvidence(tokens: Token[], i: number, sports: boolean): EntityType | null {
  const t = tokens[i]!;
  if (thingEvidence(tokens, i)) return 'other';
  if (adjectiveUse(tokens, i)) return null;
  const personal = personEvidence(tokens, i, sports);
  if (personal) return personal;
  if (organizationEvidence(tokens, i, sports)) return 'organization';
  const prev = tokens[i - 1]?.text ?? '';
  const prev2 = tokens[i - 2]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  // "at the Quill" is a venue; otherwise persons never take an article: "told the Quill", "the Quillex said".
  if (prev.toLowerCase() === 'the' && LOCATIVE_BEFORE.has(prev2.toLowerCase())) return 'place';
  if (prev === 'the' && !/^\p{Lu}/u.test(next)) return 'organization';
  if (LOCATIVE_BEFORE.has(prev.toLowerCase())) return 'place';
  if (sports && !capitalSaysNothing(tokens, i) && !NATIONALITY_ENDING.test(t.text)) return 'organization';
  if (!sports && speakingOrganization(tokens, i)) return 'organization';
  return null;
}

const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

/** "Quillex, Brann Controls and Mott": a name listed next to an organisation is one too. */
export function listedWithOrganization(tokens: Token[], i: number, orgStarts: Set<number>, orgEnds: Set<number>): boolean {
  const before = tokens[i - 2];
  const after = tokens[i + 2];
  if (before && LIST_JOINERS.has(tokens[i - 1]!.text) && orgEnds.has(before.end)) return true;
  return !!after && LIST_JOINERS.has(tokens[i + 1]!.text) && orgStarts.has(after.start);
}

/**
 * The type the document's context gives each unknown one-word name (lower-cased word → type), by majority over
 * its occurrences; names without evidence are left out.
 */
export function typesFromContext(cands: Candidate[], tokens: Token[], sports: boolean): Map<string, EntityType> {
  const tokenAt = new Map<number, number>();
  tokens.forEach((t, i) => tokenAt.set(t.start, i));
  const orgStarts = new Set<number>();
  const orgEnds = new Set<number>();
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    orgStarts.add(c.start);
    orgEnds.add(c.end);
  }
  const votes = new Map<string, Map<EntityType, number>>();
  for (const c of cands) {
    if (c.words.length !== 1 || !c.tentative || c.kind !== 'name' || (c.type !== 'other' && c.type !== 'person')) continue;
    const i = tokenAt.get(c.start);
    if (i === undefined) continue;
    const listed = listedWithOrganization(tokens, i, orgStarts, orgEnds);
    // A lone first name or surname needs strong evidence to be an organisation ("Jones's shares").
    // A lone first name or surname, or a word shaped like an adjective of nationality ("Kurdish", "Olympic"), needs
    // strong evidence to be an organisation ("Jones's shares").
    const needsStrong = c.type === 'person' || NATIONALITY_ENDING.test(c.words[0]!);
    const type = thingEvidence(tokens, i)
      ? 'other'
      : needsStrong
        ? organizationEvidence(tokens, i, sports) || listed
          ? 'organization'
          : null
        : (occurrenceEvidence(tokens, i, sports) ?? (listed ? 'organization' : null));
    if (!type) continue;
    const key = c.words[0]!.toLowerCase();
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + 1);
    votes.set(key, v);
  }
  const types = new Map<string, EntityType>();
  for (const [key, v] of votes) types.set(key, [...v].sort((a, b) => b[1] - a[1])[0]![0]);
  return types;
}
