// One line of the `entities` list (../shared/eval/README.md): {"id","name","type","aliases","articles","mentions"}.
import type { ListedEntity } from '../ingest.ts';

export function entityLine(entity: ListedEntity): string {
  return JSON.stringify({ id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, articles: entity.articleCount, mentions: entity.mentionCount });
}
