// The `annotate --jsonl` output line (../shared/eval/README.md), shared by the CLI and the eval script.
import type { Annotation } from './types.ts';

export interface ContractSpeaker {
  name: string;
  start?: number;
  end?: number;
  entity?: string;
}
export interface ContractLine {
  id: string;
  quotes: Array<{ start: number; end: number; text: string; speaker: ContractSpeaker | null }>;
  entities: Array<{ id: string; name: string; type: string; mentions: Array<{ start: number; end: number }> }>;
}

export function toContractJson(id: string, annotation: Annotation): ContractLine {
  return {
    id,
    quotes: annotation.quotes.map((q) => {
      let speaker: ContractSpeaker | null = null;
      if (q.speaker) {
        speaker = { name: q.speaker.name };
        if (q.speaker.mention) {
          speaker.start = q.speaker.mention.start;
          speaker.end = q.speaker.mention.end;
        }
        if (q.speaker.entity) speaker.entity = q.speaker.entity;
      }
      return { start: q.start, end: q.end, text: q.text, speaker };
    }),
    entities: annotation.entities.filter((e) => e.mentions.some((m) => m.kind !== 'demonym' && m.kind !== 'title')).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      // Name mentions only: demonyms ("Chinese" → China) are adjectives of nationality, not names of the place, and
      // a titled form ("President Xi Jinping") is the same mention as the name nested in it.
      mentions: e.mentions.filter((m) => m.kind !== 'demonym' && m.kind !== 'title').map((m) => ({ start: m.start, end: m.end })),
    })),
  };
}
