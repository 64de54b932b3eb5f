import { describe, expect, it } from 'vitest';
import { parseRelatedInput } from './input.ts';

describe('parseRelatedInput', () => {
  it('keeps good lines and reports bad ones with file:line and a reason', () => {
    const text = [
      '{"id":"a","title":"Ferry strike","body":"Crews walked out.","date":"2024-01-10"}',
      'not json',
      '',
      '{"id":"","title":"x","body":"y"}',
      '{"id":7,"title":"Crane falls","body":"A crane fell."}',
      '{"id":"a","title":"Again","body":"Same id."}',
      '{"id":"e","title":"T","body":"B","entities":[{"id":"ada","name":"Ada","type":"alien"}]}',
    ].join('\n');
    const { docs, problems } = parseRelatedInput(text, 'in.jsonl');
    expect(docs.map((d) => d.id)).toEqual(['a', '7']);
    expect(docs[0]!.date).toBe('2024-01-10');
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^in\.jsonl:2: not JSON/);
    expect(problems[1]).toBe('in.jsonl:4: missing "id"');
    expect(problems[2]).toMatch(/^in\.jsonl:6: repeated id "a"/);
    expect(problems[3]).toMatch(/^in\.jsonl:7: entities\[0\] has an unknown type/);
  });

  it('reads entities with their mention counts', () => {
    const line = '{"id":"a","title":"T","body":"B","entities":[{"id":"ada-pellow","name":"Ada Pellow","type":"person","mentions":[{},{}]}]}';
    const [doc] = parseRelatedInput(line, 'f').docs;
    expect(doc!.entities).toEqual([{ id: 'ada-pellow', name: 'Ada Pellow', type: 'person', mentions: 2 }]);
  });
});
