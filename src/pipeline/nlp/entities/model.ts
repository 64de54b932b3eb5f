// The entities of one document as the linker builds them.
import type { EntityType } from '../../../shared/schema.ts';
import type { Gender } from '../gazetteer.ts';
import type { MentionKind, Span } from '../types.ts';

export interface EntityMention extends Span {
  kind: MentionKind;
  /** Index of the sentence the mention is in. */
  sentence: number;
}

export interface DocEntity {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  gender: Gender | undefined;
  mentions: EntityMention[];
  /** Lower-cased title words seen before the name ("president", "chinese president"). */
  titles: Set<string>;
  /** Countries seen with the title ("Chinese President Xi" → china). */
  countries: Set<string>;
}
