// A person's corrections for a run: read once from the corrections file; those within one article (speakers,
// false quotes, splits by mention) applied as articles are folded, the entity ones once the corpus is resolved.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/schema.ts';
import { applyCorrectionsCounting, CORRECTIONS_FILE, isEntityCorrection, parseCorrections, staleCorrections, type Correction, type EntityCorrection } from '../corrections/corrections.ts';
import type { Rejection } from '../read/types.ts';
import { reason, type IngestOptions } from './types.ts';

/** `corrections.json` in the input folder unless a file is given; null when there is none. */
export async function correctionsPath(options: IngestOptions): Promise<string | null> {
  if (options.corrections !== undefined) return options.corrections;
  const beside = join(options.input, CORRECTIONS_FILE);
  return (await stat(options.input).then((s) => s.isDirectory()).catch(() => false)) && (await stat(beside).catch(() => null)) ? beside : null;
}

export class LoadedCorrections {
  /** How many things each correction changed so far, summed over batches and the corpus stage. */
  private readonly changed: number[];
  private readonly perArticle: Array<{ at: number; correction: Correction }>;
  private readonly entityOnes: Array<{ at: number; correction: EntityCorrection }>;

  constructor(
    readonly path: string,
    readonly list: Correction[],
  ) {
    this.changed = list.map(() => 0);
    const indexed = list.map((correction, at) => ({ at, correction }));
    this.perArticle = indexed.filter(({ correction }) => !isEntityCorrection(correction));
    this.entityOnes = indexed.flatMap(({ at, correction }) => (isEntityCorrection(correction) ? [{ at, correction }] : []));
  }

  /** Applies the corrections within one article; true when any of them changed it. */
  applyToArticle(article: Article): boolean {
    const changed = applyCorrectionsCounting([article], this.perArticle.map((c) => c.correction));
    changed.forEach((n, i) => (this.changed[this.perArticle[i]!.at]! += n));
    return changed.some((n) => n > 0);
  }

  get entityCorrections(): EntityCorrection[] {
    return this.entityOnes.map((c) => c.correction);
  }

  /** Adds what the entity corrections changed, in the order of `entityCorrections`. */
  countEntityChanges(changed: readonly number[]): void {
    changed.forEach((n, i) => (this.changed[this.entityOnes[i]!.at]! += n));
  }

  stale(): string[] {
    return staleCorrections(this.list, this.changed, this.path);
  }
}

/** The person's corrections, parsed once; a broken file is a rejected input (and nothing of it is applied). */
export async function loadCorrections(options: IngestOptions, rejected: Rejection[]): Promise<LoadedCorrections | null> {
  const path = await correctionsPath(options);
  if (!path) return null;
  try {
    return new LoadedCorrections(path, parseCorrections(await readFile(path, 'utf8'), path));
  } catch (error) {
    rejected.push({ source: path, reason: `corrections not applied: ${reason(error).replace(`${path}: `, '')}` });
    return null;
  }
}
