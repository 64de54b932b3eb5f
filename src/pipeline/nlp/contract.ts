// The `annotate --jsonl` output line (../shared/eval/README.md), shared by the CLI and the eval script.
import type { Annotation, FoundSpeaker, Mention } from './types.ts';

export interface ContractSpeaker {
  name: string;
  start?: number;
  end?: number;
  entity?: string;
}
export interface ContractLine {
  id: string;
  /** Quotes and turns in text order; a turn is a quote of kind "turn" (its span is the turn's words). */
  quotes: Array<{ start: number; end: number; text: string; kind: 'quote' | 'turn'; speaker: ContractSpeaker | null }>;
  entities: Array<{ id: string; name: string; type: string; mentions: Array<{ start: number; end: number }> }>;
}

function contractSpeaker(found: FoundSpeaker | null): ContractSpeaker | null {
  if (!found) return null;
  const speaker: ContractSpeaker = { name: found.name };
  if (found.mention) {
    speaker.start = found.mention.start;
    speaker.end = found.mention.end;
  }
  if (found.entity) speaker.entity = found.entity;
  return speaker;
}

/** A mention by name: not a demonym, and a titled form only through the name inside it. */
function isNameMention(m: Mention): boolean {
  return m.kind !== 'demonym' && (m.kind !== 'title' || !!m.name);
}

export function toContractJson(id: string, annotation: Annotation, text: string): ContractLine {
  const quotes: ContractLine['quotes'] = [
    ...annotation.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: 'quote' as const, speaker: contractSpeaker(q.speaker) })),
    ...annotation.turns.map((t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end), kind: 'turn' as const, speaker: contractSpeaker(t.speaker) })),
  ];
  return {
    id,
    quotes: quotes.sort((a, b) => a.start - b.start || Number(a.kind === 'quote') - Number(b.kind === 'quote')),
    entities: annotation.entities.filter((e) => e.mentions.some(isNameMention)).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      // Name mentions only: demonyms ("Chinese" → China) are adjectives of nationality, not names of the place, and
      // a titled form ("President Xi Jinping") counts as the name nested in it.
      mentions: e.mentions.filter(isNameMention).map((m) => (m.kind === 'title' ? { start: m.name!.start, end: m.name!.end } : { start: m.start, end: m.end })),
    })),
  };
}
