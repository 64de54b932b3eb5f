// Weighted feature vectors for a set of articles, stored compactly (CSR typed arrays) for 100k-article runs.
import type { EntityType } from '../../shared/schema.ts';
import type { RelatedDoc } from './types.ts';
import { dayNumber } from './time.ts';
import { capitalisedNames, contentTokens, nameKey } from './text.ts';

/**
 * What a feature is: a stemmed word, two adjacent words, a capitalised name found in the text, a year mentioned, or
 * an entity of a given type.
 */
export type FeatureKind = 'term' | 'phrase' | 'name' | 'year' | EntityType;

export interface ModelSettings {
  /** A title word counts as this many body words: headlines say what the story is. */
  titleBoost: number;
  /**
   * Weight of each feature group against the words (1). Phrases, names and entities tell one story from a
   * look-alike of the same kind; years mentioned tell this year's event from an earlier one.
   */
  phraseWeight: number;
  nameWeight: number;
  entityWeight: number;
  yearWeight: number;
}

export const defaultModelSettings: ModelSettings = { titleBoost: 3, phraseWeight: 0.6, nameWeight: 0.6, entityWeight: 0.3, yearWeight: 0.4 };

export interface FeatureModel {
  docCount: number;
  /** Doc d's features are docFeatures[docStart[d] .. docStart[d+1]), sorted by feature number. */
  docStart: Int32Array;
  docFeatures: Int32Array;
  /** Unit-length vector weights, parallel to docFeatures. */
  docWeights: Float32Array;
  /** Per feature: how many articles have it, its kind and a readable label. */
  df: Int32Array;
  kinds: FeatureKind[];
  labels: string[];
  /** For a phrase feature f: its terms at [2f] and [2f + 1]; -1 for other features. */
  phraseParts: Int32Array;
  /** Publication day number per doc (NaN when undated). */
  days: Float64Array;
}

class Vocabulary {
  /** One map per kind, so keys need no prefix; phrases are keyed by their two term numbers. */
  private readonly stringIds = new Map<string, Map<string, number>>();
  private readonly phraseIds = new Map<number, number>();
  readonly kinds: FeatureKind[] = [];
  /** Display label per feature; empty for phrases, whose label is built from their two terms. */
  readonly labels: string[] = [];
  df: Int32Array = new Int32Array(1024);
  /** For a phrase, its first and second term (2 slots per feature); -1 otherwise. */
  phraseParts: Int32Array = new Int32Array(2048).fill(-1);
  /** Majority vote (Boyer–Moore) over spellings: the label becomes the usual spelling at no memory cost. */
  private votes: Int32Array = new Int32Array(1024);

  private add(kind: FeatureKind, label: string): number {
    const id = this.kinds.length;
    this.kinds.push(kind);
    this.labels.push(label);
    if (id >= this.df.length) {
      this.df = grow(this.df);
      this.votes = grow(this.votes);
      const parts = new Int32Array(this.phraseParts.length * 2).fill(-1);
      parts.set(this.phraseParts);
      this.phraseParts = parts;
    }
    this.votes[id] = 1;
    return id;
  }

  /** The feature number of a key within a namespace (the kind, unless given), created on first sight. */
  idFor(key: string, kind: FeatureKind, label: string, namespace: string = kind): number {
    let ids = this.stringIds.get(namespace);
    if (!ids) this.stringIds.set(namespace, (ids = new Map()));
    const id = ids.get(key);
    if (id === undefined) {
      const created = this.add(kind, label);
      ids.set(key, created);
      return created;
    }
    if (this.labels[id] === label) this.votes[id]!++;
    else if (--this.votes[id]! <= 0) {
      this.labels[id] = label;
      this.votes[id] = 1;
    }
    return id;
  }

  /** The number of a term already seen (a phrase's terms always are: they come first in its article). */
  termId(key: string): number {
    const id = this.stringIds.get('term')?.get(key);
    if (id === undefined) throw new Error(`phrase term "${key}" was never counted as a term`);
    return id;
  }

  phraseId(first: number, second: number): number {
    const key = first * 67_108_864 + second; // 2^26: term numbers stay far below it
    let id = this.phraseIds.get(key);
    if (id === undefined) {
      id = this.add('phrase', '');
      this.phraseIds.set(key, id);
      this.phraseParts[2 * id] = first;
      this.phraseParts[2 * id + 1] = second;
    }
    return id;
  }
}

/** A feature's readable label: a phrase is its two words as usually written. */
export function featureLabel(model: FeatureModel, feature: number): string {
  const first = model.phraseParts[2 * feature]!;
  if (first < 0) return model.labels[feature]!;
  return `${model.labels[first]!} ${model.labels[model.phraseParts[2 * feature + 1]!]!}`;
}

function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** The five feature groups, each normalised on its own: words, phrases, names, entities, years. */
const GROUPS = 5;
const [TERMS, PHRASES, NAMES, ENTITIES, YEARS] = [0, 1, 2, 3, 4] as const;

/**
 * One article's features before they are numbered: keys, display labels and counts, one entry per distinct key and
 * spelling. Needs no vocabulary, so a worker thread can compute it next to the annotation. A phrase's key is its
 * two term keys joined by U+0001.
 */
export interface DocFeatures {
  kinds: FeatureKind[];
  keys: string[];
  labels: string[];
  groups: number[];
  counts: number[];
  date: string | null;
}

const PHRASE_JOIN = '\u0001';

export function extractFeatures(doc: RelatedDoc, settings: ModelSettings = defaultModelSettings): DocFeatures {
  const features: DocFeatures = { kinds: [], keys: [], labels: [], groups: [], counts: [], date: doc.date ?? null };
  const at = new Map<string, number>();
  const add = (group: number, kind: FeatureKind, key: string, label: string, amount: number) => {
    const id = `${group}\u0002${key}\u0002${label}`;
    const i = at.get(id);
    if (i !== undefined) {
      features.counts[i]! += amount;
      return;
    }
    at.set(id, features.keys.length);
    features.kinds.push(kind);
    features.keys.push(key);
    features.labels.push(label);
    features.groups.push(group);
    features.counts.push(amount);
  };
  const parts: Array<[string, number]> = [
    [doc.title ?? '', settings.titleBoost],
    [doc.body ?? '', 1],
  ];
  for (const [text, boost] of parts) {
    let previous: string | null = null;
    for (const token of contentTokens(text)) {
      add(TERMS, 'term', token.key, token.surface, boost);
      // Adjacent content words ("zero day", "magnitude 4.6"): phrases pin down one story better than its words.
      if (previous !== null) add(PHRASES, 'phrase', `${previous}${PHRASE_JOIN}${token.key}`, '', boost);
      previous = token.key;
      // Years mentioned tell this year's storm from last year's: a small group of their own.
      if (YEAR.test(token.key)) add(YEARS, 'year', token.key, token.key, boost);
    }
    for (const name of capitalisedNames(text)) {
      const key = nameKey(name);
      if (key) add(NAMES, 'name', key, name, boost);
    }
  }
  for (const entity of doc.entities ?? []) {
    // Keyed by id alone: one article may call a place what another calls an organisation; the first type shown wins.
    add(ENTITIES, entity.type, entity.id, entity.name, Math.max(1, entity.mentions));
  }
  return features;
}

/** Raw counts of one article's features per group, by feature number. */
type Counts = Map<number, number>;

function countFeatures(features: DocFeatures, vocab: Vocabulary): Counts[] {
  const groups: Counts[] = Array.from({ length: GROUPS }, () => new Map());
  for (let i = 0; i < features.keys.length; i++) {
    const group = features.groups[i]!;
    const key = features.keys[i]!;
    let id: number;
    if (group === PHRASES) {
      const [first, second] = key.split(PHRASE_JOIN) as [string, string];
      id = vocab.phraseId(vocab.termId(first), vocab.termId(second));
    } else {
      id = vocab.idFor(key, features.kinds[i]!, features.labels[i]!, group === ENTITIES ? 'entity' : features.kinds[i]);
    }
    groups[group]!.set(id, (groups[group]!.get(id) ?? 0) + features.counts[i]!);
  }
  return groups;
}

const YEAR = /^(19|20)\d\d$/;

export function idf(df: number, docCount: number): number {
  return Math.log(1 + docCount / Math.max(1, df));
}

/** Builds unit-length TF-IDF vectors: sublinear tf, idf, each group normalised then weighted. */
export function buildModel(docs: readonly RelatedDoc[], settings: ModelSettings = defaultModelSettings): FeatureModel {
  const builder = new ModelBuilder(settings);
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

/** One article's raw feature counts, compact (typed arrays, group number alongside) until the corpus is complete. */
interface DocCounts {
  features: Int32Array;
  counts: Float32Array;
  groups: Uint8Array;
}

/**
 * The model built one article at a time, so an ingest can feed articles as they are annotated and keep only their
 * compact counts, never their text. `finish` needs the whole corpus (document frequencies) and is called once.
 */
export class ModelBuilder {
  private readonly vocab = new Vocabulary();
  private readonly groupWeights: number[];
  private perDoc: DocCounts[] = [];
  private readonly days: number[] = [];

  constructor(private readonly settings: ModelSettings = defaultModelSettings) {
    this.groupWeights = [1, settings.phraseWeight, settings.nameWeight, settings.entityWeight, settings.yearWeight];
  }

  get docCount(): number {
    return this.perDoc.length;
  }

  /** Adds the next article; its number in the model is the order of adding. */
  add(doc: RelatedDoc): void {
    this.addFeatures(extractFeatures(doc, this.settings));
  }

  /** Adds the next article from features extracted elsewhere (a worker thread) with the same settings. */
  addFeatures(doc: DocFeatures): void {
    const groups = countFeatures(doc, this.vocab);
    const size = groups.reduce((sum, g) => sum + g.size, 0);
    const features = new Int32Array(size);
    const counts = new Float32Array(size);
    const groupOf = new Uint8Array(size);
    let i = 0;
    groups.forEach((group, g) => {
      for (const [id, count] of group) {
        features[i] = id;
        counts[i] = count;
        groupOf[i++] = g;
        this.vocab.df[id]!++;
      }
    });
    this.perDoc.push({ features, counts, groups: groupOf });
    this.days.push(dayNumber(doc.date));
  }

  /**
   * Weights, normalisation, CSR layout sorted by feature number. A feature only one article has counts in that
   * article's norm but can never be shared, so it is not stored: same scores, far less memory (most phrases).
   */
  finish(): FeatureModel {
    const { vocab, perDoc, groupWeights } = this;
    const docCount = perDoc.length;
    const docStart = new Int32Array(docCount + 1);
    for (let d = 0; d < docCount; d++) {
      let shared = 0;
      for (const f of perDoc[d]!.features) if (vocab.df[f]! > 1) shared++;
      docStart[d + 1] = docStart[d]! + shared;
    }
    const docFeatures = new Int32Array(docStart[docCount]!);
    const docWeights = new Float32Array(docStart[docCount]!);
    for (let d = 0; d < docCount; d++) {
      const { features, counts, groups } = perDoc[d]!;
      const weights = new Float64Array(features.length);
      const groupNorms = groupWeights.map(() => 0);
      for (let i = 0; i < features.length; i++) {
        weights[i] = (1 + Math.log(counts[i]!)) * idf(vocab.df[features[i]!]!, docCount);
        groupNorms[groups[i]!]! += weights[i]! ** 2;
      }
      let norm = 0;
      for (let i = 0; i < features.length; i++) {
        const g = groups[i]!;
        weights[i] = groupNorms[g]! > 0 ? (weights[i]! / Math.sqrt(groupNorms[g]!)) * groupWeights[g]! : 0;
        norm += weights[i]! ** 2;
      }
      norm = Math.sqrt(norm) || 1;
      const kept = Array.from(features.keys())
        .filter((i) => vocab.df[features[i]!]! > 1)
        .sort((a, b) => features[a]! - features[b]!);
      const start = docStart[d]!;
      kept.forEach((i, j) => {
        docFeatures[start + j] = features[i]!;
        docWeights[start + j] = weights[i]! / norm;
      });
      perDoc[d] = EMPTY_COUNTS;
    }
    this.perDoc = [];
    return {
      docCount,
      docStart,
      docFeatures,
      docWeights,
      df: vocab.df.slice(0, vocab.kinds.length),
      kinds: vocab.kinds,
      labels: vocab.labels,
      phraseParts: vocab.phraseParts.slice(0, 2 * vocab.kinds.length),
      days: Float64Array.from(this.days),
    };
  }
}

const EMPTY_COUNTS: DocCounts = { features: new Int32Array(0), counts: new Float32Array(0), groups: new Uint8Array(0) };
