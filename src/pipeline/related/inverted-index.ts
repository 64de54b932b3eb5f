// Inverted index over the selective features of a FeatureModel: candidate generation without comparing all pairs.
import type { FeatureModel } from './model.ts';

export interface InvertedIndex {
  /** Feature f's postings are postDocs/postWeights[featStart[f] .. featStart[f+1]); empty when not indexed. */
  featStart: Int32Array;
  postDocs: Int32Array;
  postWeights: Float32Array;
  maxDf: number;
}

/**
 * The most document frequency a feature may have and still be indexed. Very common features are pruned: they
 * rarely decide what is related, and their long postings would make candidate search quadratic.
 */
export function maxIndexedDf(docCount: number): number {
  return Math.max(20, Math.min(Math.ceil(docCount * 0.1), 2000));
}

/** True when the feature can link two articles through the index (shared by ≥2 articles, not too common). */
export function isIndexed(df: number, maxDf: number): boolean {
  return df >= 2 && df <= maxDf;
}

export function buildInvertedIndex(model: FeatureModel, maxDf = maxIndexedDf(model.docCount)): InvertedIndex {
  const featureCount = model.df.length;
  const featStart = new Int32Array(featureCount + 1);
  for (let f = 0; f < featureCount; f++) {
    featStart[f + 1] = featStart[f]! + (isIndexed(model.df[f]!, maxDf) ? model.df[f]! : 0);
  }
  const postDocs = new Int32Array(featStart[featureCount]!);
  const postWeights = new Float32Array(featStart[featureCount]!);
  const fill = featStart.slice(0, featureCount);
  for (let d = 0; d < model.docCount; d++) {
    for (let i = model.docStart[d]!; i < model.docStart[d + 1]!; i++) {
      const f = model.docFeatures[i]!;
      if (!isIndexed(model.df[f]!, maxDf)) continue;
      const at = fill[f]!++;
      postDocs[at] = d;
      postWeights[at] = model.docWeights[i]!;
    }
  }
  return { featStart, postDocs, postWeights, maxDf };
}
