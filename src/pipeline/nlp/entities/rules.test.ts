// Document-level entity rules on short invented texts, through the whole engine.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate.ts';
import { paragraphBlocks } from '../paragraphs.ts';
import { tokenize } from '../tokens.ts';
import { titleSplitPoint } from '../entities.ts';
import { isSportsDocument } from './sports.ts';

function entities(text: string) {
  return annotate({ text, blocks: paragraphBlocks(text) }).entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    mentions: e.mentions.map((m) => text.slice(m.start, m.end)),
  }));
}
const typeOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.type;

describe('sports reports', () => {
  const report =
    'Leeds beat Norwich 2-1 in the league on Saturday.\nThe striker scored twice and the coach praised the defence after the match in Leeds.';

  it('tells a sports report by its vocabulary', () => {
    expect(isSportsDocument(report, tokenize(report))).toBe(true);
    const council = 'The council in Leeds approved a budget for new housing and roads.';
    expect(isSportsDocument(council, tokenize(council))).toBe(false);
  });

  it('reads a town that plays as its club, and keeps the town where the text is about the place', () => {
    const found = entities(report);
    expect(found.find((e) => e.id === 'norwich')?.type).toBe('organization');
    const leeds = found.filter((e) => e.name === 'Leeds');
    expect(leeds.map((e) => [e.id, e.type, e.mentions])).toEqual([
      ['leeds', 'organization', ['Leeds']],
      ['leeds-place', 'place', ['Leeds']],
    ]);
  });

  it('never makes a club of a street or an island', () => {
    const text = 'Rovers lost 2-1 in the league match. The striker and the coach took the ferry to Tolland Island from Quay Street.';
    expect(typeOf(text, 'Tolland Island')).toBe('place');
    expect(typeOf(text, 'Quay Street')).toBe('place');
  });

  it('keeps countries as places: a national side is its country', () => {
    expect(typeOf('Portugal beat Norway 3-0 in the qualifier and the striker scored twice in the match.', 'Portugal')).toBe('place');
  });
});

describe('unknown one-word names typed by their context', () => {
  it('reads descriptors, possessions and company suffixes as organisations', () => {
    expect(typeOf('Shares in the firm Quillex rose. Analysts expect more.', 'Quillex')).toBe('organization');
    expect(typeOf('Later Brannoco\u2019s shares fell by a tenth.', 'Brannoco')).toBe('organization');
    expect(typeOf('It was bought by NorthQuay last year.', 'NorthQuay')).toBe('organization');
  });

  it('does not take an adjective of nationality or a sentence-opening label for a name', () => {
    const text = 'The Quillish delegation left early.\nAttendance: 2,000.';
    expect(entities(text)).toEqual([]);
  });

  it('reads an unknown word that speaks as an organisation outside sports, and one listed with organisations as one too', () => {
    expect(typeOf('Officials did not comment, Quillfax said on Monday.', 'Quillfax')).toBe('organization');
    expect(typeOf('Brann Industries and Mottoco declined to comment.', 'Mottoco')).toBe('organization');
  });

  it('reads "at the X" as a place', () => {
    expect(typeOf('The rally was held at the Quillodrome on Friday.', 'Quillodrome')).toBe('place');
  });

  it('reads scorecard names and "X, who" as people', () => {
    expect(typeOf('The vote went ahead, and Quillane, who chairs the panel, abstained.', 'Quillane')).toBe('person');
  });

  it('leaves an unknown word without evidence out', () => {
    expect(entities('Yesterday Quorbel arrived.')).toEqual([]);
  });
});

describe('surnames that are also places', () => {
  it('reads a town name that is the surname of a person named in full as that person, except after "in"', () => {
    const text = 'Ada Washington arrived on Monday. Washington said she would stay in Washington for a week.';
    const found = entities(text);
    expect(found.find((e) => e.name === 'Ada Washington')?.mentions).toEqual(['Ada Washington', 'Washington']);
    expect(found.find((e) => e.name === 'Washington')?.type).toBe('place');
  });
});

describe('score lines', () => {
  it('reads a name followed by its score as a team, and players with their country as people', () => {
    const text = 'Results on Saturday:\nPort Quillan 2 Tolland Orient 1 (half-time 1-0)\nMarrow Vale 0 Bellport 3 (half-time 0-2)\nAnna Berg (Norway) 6-2 6-1\nthe match report follows with the goals.';
    const found = entities(text);
    expect(found.find((e) => e.name === 'Port Quillan')?.type).toBe('organization');
    expect(found.find((e) => e.name === 'Marrow Vale')?.type).toBe('organization');
    expect(found.find((e) => e.name === 'Anna Berg')?.type).toBe('person');
  });
});

describe('titles inside a run of capitals', () => {
  it('splits an organisation or place from the titled person after it', () => {
    const text = 'Tolland Rowing Club Chairman Anna Berg resigned.';
    const tokens = tokenize(text);
    expect(titleSplitPoint(tokens, { first: 0, last: 6 })).toBe(3);
    expect(entities(text).map((e) => [e.name, e.type])).toEqual([
      ['Tolland Rowing Club', 'organization'],
      ['Anna Berg', 'person'],
    ]);
  });

  it('keeps title words together ("Foreign Minister")', () => {
    const tokens = tokenize('Foreign Minister Anna Berg');
    expect(titleSplitPoint(tokens, { first: 0, last: 4 })).toBeNull();
  });
});

describe('non-entities kept out', () => {
  it('keeps a bare title out, and a titled name in', () => {
    const found = entities('The President said he would veto it. The Prime Minister agreed with President Anna Berg.');
    expect(found.map((e) => e.name)).toEqual(['Anna Berg']);
  });

  it('keeps abbreviations of ordinary nouns and lone generic nouns out', () => {
    expect(entities('Sales of TV sets and DVD players rose, and GDP grew by 2% by 1200 GMT.\nThe Department said the League and the City agreed.')).toEqual([]);
  });

  it('keeps a national body written as one capitalised noun, and a newspaper by its short name', () => {
    const found = entities('Ministers met in the Cabinet before Parliament voted.\nAnna Berg told the Tribune that the Department had agreed.');
    expect(found.map((e) => [e.name, e.type])).toEqual([
      ['Cabinet', 'organization'],
      ['Parliament', 'organization'],
      ['Anna Berg', 'person'],
      ['The Tribune', 'organization'],
    ]);
  });

  it('reads a newspaper short name after its full name as that paper', () => {
    const found = entities('The Harwick Tribune printed the letter.\nAnna Berg told the Tribune that she agreed.');
    expect(found.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions])).toEqual([['Harwick Tribune', ['Harwick Tribune', 'Tribune']]]);
  });

  it('keeps a line of page furniture out', () => {
    const text = 'Sign Up For Our Daily Newsletter\nFollow Us On Quillbook\nAnna Berg said the plan worked.';
    expect(entities(text).map((e) => e.name)).toEqual(['Anna Berg']);
  });

  it('does not read a sentence opening with an ordinary word that is also a town as the town', () => {
    expect(entities('Mobile phones are popular with students.')).toEqual([]);
    expect(typeOf('The port of Mobile was busy.', 'Mobile')).toBe('place');
  });
});

describe('types by news conventions', () => {
  it('reads a lone first name as a person, not the town of that name, unless after "in"', () => {
    expect(typeOf('David said the plan would work.', 'David')).toBe('person');
  });

  it('reads one-word party names as organisations', () => {
    const found = entities('The Lib Dems and Labour opposed it; the Tories abstained.');
    expect(found.map((e) => [e.name, e.type])).toEqual([
      ['Lib Dems', 'organization'],
      ['Labour', 'organization'],
      ['Tories', 'organization'],
    ]);
  });

  it('reads the title of a work after its kind as a thing, not a person', () => {
    expect(typeOf('Critics praised the drama Vera Lanning and the film Quiet Harbour Nights.', 'Vera Lanning')).toBe('other');
    expect(typeOf('Critics praised the drama Vera Lanning and the film Quiet Harbour Nights.', 'Quiet Harbour Nights')).toBe('other');
  });

  it('reads an award as a thing, not a person', () => {
    expect(typeOf('The film earned an Oscar nomination and later won the Oscar for best picture.', 'Oscar')).toBe('other');
  });

  it('reads a competition in a sports report as an event and a first name before a position as the club', () => {
    const text = 'Rovers beat Mottram 2-0 in the Quill League on Saturday.\nThe striker scored twice after the Chelsea defender slipped in the match.';
    expect(typeOf(text, 'Quill League')).toBe('event');
    expect(typeOf(text, 'Chelsea')).toBe('organization');
  });
});

describe('more conventions', () => {
  it('joins "X and Y Commission" into one organisation, but keeps two people apart', () => {
    const found = entities('The Quillage and Harbour Commission met Anna Berg and Tomas Brann.');
    expect(found.map((e) => e.name)).toEqual(['Quillage and Harbour Commission', 'Anna Berg', 'Tomas Brann']);
  });

  it('does not take a place before an abbreviation of an ordinary noun for a name', () => {
    expect(entities('US TV ratings fell last week.').map((e) => e.name)).toEqual([]);
  });

  it('reads a demonym of several words as a mention of its country', () => {
    const text = 'The South African government cut taxes.';
    const found = annotate({ text, blocks: paragraphBlocks(text) }).entities;
    expect(found.map((e) => [e.name, e.mentions.map((m) => m.kind)])).toEqual([['South Africa', ['demonym']]]);
  });

  it('reads a competition named with a number as an event, and a club owning a player as the club', () => {
    const text = 'Tolland beat Marrow in the Six Nations on Saturday.\nChelsea\u2019s Anna Berg scored twice in the match and the coach praised the striker.';
    expect(typeOf(text, 'Six Nations')).toBe('event');
    expect(typeOf(text, 'Chelsea')).toBe('organization');
  });

  it('reads a known organisation followed by more capitals as one of its parts, and holidays as no name', () => {
    expect(typeOf('She told BBC Sport on Monday that she was fit.', 'BBC Sport')).toBe('organization');
    expect(entities('Sales rose over Christmas and fell after Easter.')).toEqual([]);
  });
});
