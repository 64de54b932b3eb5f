// Why two articles are linked, in words a reader can check: the shared features that weigh most in the score.
import { nameKey, stem } from './text.ts';
import { featureLabel, type FeatureKind, type FeatureModel } from './model.ts';

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
  /** nameKey(label), computed once. */
  key: string;
  contribution: number;
}

const CONSIDERED = 8;
const ENTITY_GROUPS = new Set<Group>(['person', 'organization', 'place', 'event', 'other']);
/** Numbers like "06" are pieces of dates, no help to a reader. */
const DATE_PIECE = /^0\d*$/;

/** Heaviest first; equal weights by label, so reasons never depend on feature numbering. */
function byContribution(x: Shared, y: Shared): number {
  return y.contribution - x.contribution || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0);
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
  const kept: Shared[] = names.filter((item) => item.key.includes(' ')).map((item) => ({ ...item }));
  for (const item of names) {
    if (item.key.includes(' ')) continue;
    const owner = kept.find((name) => ` ${name.key} `.includes(` ${item.key} `));
    if (owner) owner.contribution += item.contribution;
    else kept.push(item);
  }
  return kept.sort(byContribution);
}

/** Label, key and display group per feature, worked out once per model: the same features recur in many links. */
const descriptions = new WeakMap<FeatureModel, Map<number, { label: string; key: string; group: Group }>>();

function describeFeature(model: FeatureModel, feature: number): { label: string; key: string; group: Group } {
  let cache = descriptions.get(model);
  if (!cache) descriptions.set(model, (cache = new Map()));
  let description = cache.get(feature);
  if (!description) {
    const label = featureLabel(model, feature);
    description = { label, key: nameKey(label), group: groupOf(model.kinds[feature]!, label) };
    cache.set(feature, description);
  }
  return description;
}

/** A shared feature and what it adds to the cosine. */
interface Contribution {
  feature: number;
  contribution: number;
}

/** Heaviest first, then by feature number: a total order, so the kept few never depend on the walk. */
const heavier = (x: Contribution, y: Contribution) => y.contribution - x.contribution || x.feature - y.feature;

/** Adds to a list kept sorted and at most `limit` long; most shared features are lighter than the last kept. */
function keepHeaviest(list: Contribution[], item: Contribution, limit: number): void {
  if (list.length >= limit && heavier(item, list[list.length - 1]!) >= 0) return;
  let at = list.length;
  while (at > 0 && heavier(item, list[at - 1]!) < 0) at--;
  list.splice(at, 0, item);
  if (list.length > limit) list.pop();
}

/** The features docs a and b share, with what each adds to their cosine, grouped for display. */
function sharedFeatures(model: FeatureModel, a: number, b: number): Map<Group, Shared[]> {
  // Numbers only (feature, contribution), the heaviest few per kind; labels are built for those alone.
  const limit = CONSIDERED + 4;
  const byKind = new Map<FeatureKind, Contribution[]>();
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
      const kind = model.kinds[fa]!;
      let list = byKind.get(kind);
      if (!list) byKind.set(kind, (list = []));
      const contribution = model.docWeights[i]! * model.docWeights[j]!;
      if (list.length < limit || contribution >= list[list.length - 1]!.contribution) keepHeaviest(list, { feature: fa, contribution }, limit);
      i++;
      j++;
    }
  }
  const groups = new Map<Group, Shared[]>();
  for (const list of byKind.values()) {
    for (const { feature, contribution } of list) {
      const { label, key, group } = describeFeature(model, feature);
      if (DATE_PIECE.test(label)) continue;
      let shared = groups.get(group);
      if (!shared) groups.set(group, (shared = []));
      shared.push({ label, key, contribution });
    }
  }
  // Only the strongest few of each group can be shown; the rest need no more work.
  for (const [group, list] of groups) groups.set(group, list.sort(byContribution).slice(0, CONSIDERED));
  const names = groups.get('name');
  if (names) groups.set('name', foldNameParts(names));
  return groups;
}

function pickLabels(candidates: Shared[], limit: number, shownWords: Set<string>, shownKeys: Set<string>): Shared[] {
  const picked: Shared[] = [];
  for (const item of candidates) {
    if (picked.length >= limit) break;
    const key = item.key;
    const words = key.split(' ').filter(Boolean).map(stem);
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
  const lines: Array<{ text: string; weight: number; typed: boolean }> = [];
  // Entities before heuristic names before years before words, so each line only adds what is new.
  const order: Group[] = ['person', 'organization', 'place', 'event', 'other', 'name', 'year', 'term'];
  for (const group of order) {
    const candidates = groups.get(group);
    if (!candidates?.length) continue;
    const picked = pickLabels(candidates, settings.perLine, shownWords, shownKeys);
    if (!picked.length) continue;
    const weight = picked.reduce((sum, item) => sum + item.contribution, 0);
    lines.push({ text: `${GROUP_TITLES[group]}: ${picked.map((item) => item.label).join(', ')}`, weight, typed: ENTITY_GROUPS.has(group) });
  }
  // Typed entities (people, places…) read best and lead; the other lines follow by weight.
  const reasons = lines
    .sort((x, y) => Number(y.typed) - Number(x.typed) || y.weight - x.weight)
    .slice(0, settings.lines)
    .map((line) => line.text);
  const date = dateReason(model, a, b, settings.maxDaysApart);
  if (date) reasons.push(date);
  return reasons;
}
