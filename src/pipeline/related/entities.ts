// Optional enrichment: entities from the annotation engine, so reasons can say "Shared people: …".
import { annotate } from '../nlp/annotate.ts';
import type { TextBlock } from '../nlp/types.ts';
import type { RelatedDoc, RelatedEntity } from './types.ts';

/** Headline and paragraphs as one text with blocks, the way the engine reads an article. */
export function toAnnotateInput(doc: RelatedDoc): { text: string; blocks: TextBlock[] } {
  const blocks: TextBlock[] = [];
  let text = '';
  const addBlock = (kind: TextBlock['kind'], part: string) => {
    if (!part.trim()) return;
    if (text) text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + part.length });
    text += part;
  };
  addBlock('title', doc.title);
  for (const paragraph of doc.body.split(/\n\s*\n/)) addBlock('paragraph', paragraph);
  return { text, blocks };
}

/** The engine's entities of one article, with mention counts. */
export function findEntities(doc: RelatedDoc): RelatedEntity[] {
  const { entities } = annotate(toAnnotateInput(doc));
  return entities.map((entity) => ({ id: entity.id, name: entity.name, type: entity.type, mentions: entity.mentions.length }));
}

/** Adds engine entities to articles that came without any. */
export function withEntities(docs: readonly RelatedDoc[]): RelatedDoc[] {
  return docs.map((doc) => (doc.entities?.length ? doc : { ...doc, entities: findEntities(doc) }));
}
