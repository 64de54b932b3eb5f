// Why two articles are linked, in words a reader can check: the shared features that weigh most in the score.
import { nameKey, stem } from './text.ts';
import type { FeatureKind, FeatureModel } from './model.ts';

const GROUP_TITLES: Record<string, string> = {
  person: 'Shared people',
  organization: 'Shared organisations',
  place: 'Shared places',
  event: 'Shared events',
  other: 'Shared topics',
  name: 'Shared names',
  year: 'Shared years',
  term: 'Shared terms',
};

/** Entities and names first, then years, then words: the order a reader finds most telling. */
type Group = keyof typeof GROUP_TITLES;

export interface ReasonSettings {
  /** At most this many items per reason line. */
  perLine: number;
  /** At most this many lines (the date line comes on top of these). */
  lines: number;
  /** Mention the publication dates when the articles appeared at most this many days apart. */
  maxDaysApart: number;
}

export const defaultReasonSettings: ReasonSettings = { perLine: 3, lines: 4, maxDaysApart: 7 };

interface Shared {
  label: string;
  contribution: number;
}

/** Words are shown as terms, except proper nouns ("Ketsoyan"), which read better among the names. */
function groupOf(kind: FeatureKind, label: string): Group {
  if (kind === 'term' || kind === 'phrase') return label.split(' ').every((word) => /^\p{Lu}/u.test(word)) ? 'name' : 'term';
  return kind;
}

/**
 * "Esther" and "Esther Williams" are one name to a reader: a single word that is part of a longer shared name
 * gives its weight to that name instead of taking a place of its own.
 */
function foldNameParts(names: Shared[]): Shared[] {
  const multiword = names.filter((item) => item.label.includes(' '));
  const kept: Shared[] = multiword.map((item) => ({ ...item }));
  for (const item of names) {
    if (item.label.includes(' ')) continue;
    const word = nameKey(item.label);
    const owner = kept.find((name) => nameKey(name.label).split(' ').includes(word));
    if (owner) owner.contribution += item.contribution;
    else kept.push(item);
  }
  return kept.sort((x, y) => y.contribution - x.contribution || x.label.localeCompare(y.label));
}

/** The features docs a and b share, with what each adds to their cosine, grouped for display. */
function sharedFeatures(model: FeatureModel, a: number, b: number): Map<Group, Shared[]> {
  const groups = new Map<Group, Shared[]>();
  let i = model.docStart[a]!;
  let j = model.docStart[b]!;
  const endA = model.docStart[a + 1]!;
  const endB = model.docStart[b + 1]!;
  while (i < endA && j < endB) {
    const fa = model.docFeatures[i]!;
    const fb = model.docFeatures[j]!;
    if (fa < fb) i++;
    else if (fb < fa) j++;
    else {
      const group = groupOf(model.kinds[fa]!, model.labels[fa]!);
      const list = groups.get(group) ?? [];
      list.push({ label: model.labels[fa]!, contribution: model.docWeights[i]! * model.docWeights[j]! });
      groups.set(group, list);
      i++;
      j++;
    }
  }
  for (const list of groups.values()) list.sort((x, y) => y.contribution - x.contribution || x.label.localeCompare(y.label));
  const names = groups.get('name');
  if (names) groups.set('name', foldNameParts(names));
  return groups;
}

/** Stems of a label's words: a word already shown inside a name, entity or phrase is not repeated. */
function wordsOf(label: string): string[] {
  return nameKey(label).split(' ').filter(Boolean).map(stem);
}

function pickLabels(candidates: Shared[], limit: number, shownWords: Set<string>, shownKeys: Set<string>): Shared[] {
  const picked: Shared[] = [];
  for (const item of candidates) {
    if (picked.length >= limit) break;
    const key = nameKey(item.label);
    const words = wordsOf(item.label);
    // "Mayor Ada Pellow" adds nothing once "Ada Pellow" is shown.
    const covered =
      [...shownKeys].some((shown) => ` ${key} `.includes(` ${shown} `)) ||
      (words.length > 0 && words.every((w) => shownWords.has(w)));
    if (covered) continue;
    picked.push(item);
    shownKeys.add(key);
    for (const w of words) shownWords.add(w);
  }
  return picked;
}

function dateReason(model: FeatureModel, a: number, b: number, maxDaysApart: number): string | null {
  const gap = Math.abs(model.days[a]! - model.days[b]!);
  if (Number.isNaN(gap) || gap > maxDaysApart) return null;
  if (gap === 0) return 'Published the same day';
  return `Published ${gap} day${gap === 1 ? '' : 's'} apart`;
}

/** Readable reasons for linking doc a to doc b, the most telling first. */
export function explainLink(model: FeatureModel, a: number, b: number, settings = defaultReasonSettings): string[] {
  const groups = sharedFeatures(model, a, b);
  const shownWords = new Set<string>();
  const shownKeys = new Set<string>();
  const lines: Array<{ text: string; weight: number }> = [];
  // Entities before heuristic names before years before words, so each line only adds what is new.
  const order: Group[] = ['person', 'organization', 'place', 'event', 'other', 'name', 'year', 'term'];
  for (const group of order) {
    const candidates = groups.get(group);
    if (!candidates?.length) continue;
    const picked = pickLabels(candidates, settings.perLine, shownWords, shownKeys);
    if (!picked.length) continue;
    const weight = picked.reduce((sum, item) => sum + item.contribution, 0);
    lines.push({ text: `${GROUP_TITLES[group]}: ${picked.map((item) => item.label).join(', ')}`, weight });
  }
  const reasons = lines
    .sort((x, y) => y.weight - x.weight)
    .slice(0, settings.lines)
    .map((line) => line.text);
  const date = dateReason(model, a, b, settings.maxDaysApart);
  if (date) reasons.push(date);
  return reasons;
}
