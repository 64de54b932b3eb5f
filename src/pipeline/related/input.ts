// Reading articles for the related CLI: one JSON object per line, checked field by field.
import { entityTypes } from '../../shared/schema.ts';
import type { RelatedDoc, RelatedEntity } from './types.ts';

export type LineResult = { doc: RelatedDoc } | { error: string } | { blank: true };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseEntities(value: unknown): RelatedEntity[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return '"entities" is not an array';
  const entities: RelatedEntity[] = [];
  for (const [i, item] of value.entries()) {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.name !== 'string') {
      return `entities[${i}] needs string "id" and "name"`;
    }
    const type = entityTypes.find((t) => t === item.type);
    if (!type) return `entities[${i}] has an unknown type`;
    const mentions = Array.isArray(item.mentions) ? item.mentions.length : typeof item.mentions === 'number' ? item.mentions : 1;
    entities.push({ id: item.id, name: item.name, type, mentions: Math.max(1, Math.floor(mentions)) });
  }
  return entities;
}

/** One input line → an article, a reason it was refused, or nothing (blank line). */
export function parseRelatedLine(line: string): LineResult {
  if (!line.trim()) return { blank: true };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not JSON (${(error as Error).message})` };
  }
  if (!isRecord(value)) return { error: 'not a JSON object' };
  const id = typeof value.id === 'number' ? String(value.id) : value.id;
  if (typeof id !== 'string' || !id.trim()) return { error: 'missing "id"' };
  const title = value.title ?? '';
  const body = value.body ?? value.text ?? '';
  if (typeof title !== 'string' || typeof body !== 'string') return { error: '"title" and "body" must be strings' };
  if (!title.trim() && !body.trim()) return { error: 'empty "title" and "body"' };
  const date = typeof value.date === 'string' ? value.date : null;
  const entities = parseEntities(value.entities);
  if (typeof entities === 'string') return { error: entities };
  return { doc: { id, title, body, date, ...(entities.length ? { entities } : {}) } };
}

export interface ParsedInput {
  docs: RelatedDoc[];
  /** "file:line: reason" for every refused line. */
  problems: string[];
}

/** Parses a whole JSONL text; refused lines and repeated ids are reported, the rest goes on. */
export function parseRelatedInput(text: string, fileName: string): ParsedInput {
  const docs: RelatedDoc[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, i) => {
    const result = parseRelatedLine(line);
    if ('blank' in result) return;
    if ('error' in result) {
      problems.push(`${fileName}:${i + 1}: ${result.error}`);
      return;
    }
    if (seen.has(result.doc.id)) {
      problems.push(`${fileName}:${i + 1}: repeated id "${result.doc.id}" (first one kept)`);
      return;
    }
    seen.add(result.doc.id);
    docs.push(result.doc);
  });
  return { docs, problems };
}
