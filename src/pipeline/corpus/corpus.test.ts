// The corpus entity stage, rule by rule, on short invented articles.
import { describe, expect, it } from 'vitest';
import type { Article, ArticleEntity, EntityType } from '../../shared/schema.ts';
import { applyToArticle } from './apply.ts';
import { isClippedForm, isShortWord, nameKey, withoutTitles } from './names.ts';
import { recordsOf, usedAsOrdinaryWords, type EntityRecord } from './records.ts';
import { resolveEntities, type Resolution } from './resolve.ts';
import { sportOfText } from './sport.ts';
import { CorpusEntityStage } from './stage.ts';

interface Spec {
  text: string;
  section?: string;
  /** [name, type, written forms (each found in the text)] */
  entities: Array<[string, EntityType, string[]?]>;
}

let serial = 0;
/** An invented article whose entities are given: each mention is the first place its form occurs in the text. */
function article(spec: Spec): Article {
  const id = `a${++serial}`;
  const entities: ArticleEntity[] = spec.entities.map(([name, type, forms]) => ({
    id: nameKey(name).replace(/ /g, '-'),
    name,
    type,
    role: null,
    about: false,
    mentions: (forms ?? [name]).map((form) => {
      const start = spec.text.indexOf(form);
      if (start < 0) throw new Error(`"${form}" is not in the text`);
      return { block: 0, start, end: start + form.length };
    }),
  }));
  return { id, slug: id, title: 'Story', section: spec.section ?? null, date: null, dateText: null, fiction: true, readingMinutes: 1, blocks: [{ id: 'p-1', kind: 'paragraph', text: spec.text }], quotes: [], entities, related: [] };
}

function resolveAll(specs: Spec[]): { records: EntityRecord[]; resolution: Resolution; entityOf: (article: number, name: string) => string | null } {
  const articles = specs.map(article);
  const records = articles.flatMap((a, i) => recordsOf(a, i));
  const resolution = resolveEntities(records);
  const entityOf = (at: number, name: string) => {
    const i = records.findIndex((r) => r.ordinal === at && r.name === name);
    const target = resolution.targets[i]!;
    return target < 0 ? null : resolution.entities[target]!.name;
  };
  return { records, resolution, entityOf };
}

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('names', () => {
  it('knows clipped and contracted forms, word for word', () => {
    expect(isClippedForm('lib dems', 'liberal democrats')).toBe(true);
    expect(isClippedForm('lib dem', 'liberal democrats')).toBe(true);
    expect(isClippedForm('man utd', 'manchester united')).toBe(true);
    expect(isClippedForm('new york', 'newark yonkers')).toBe(false);
    expect(isShortWord('utd', 'united')).toBe(true);
    expect(isShortWord('mnu', 'manchester')).toBe(false);
  });
  it('leaves titles off a written form', () => {
    expect(withoutTitles('Prime Minister Ann Lee')).toBe('Ann Lee');
    expect(withoutTitles('Mr Lee')).toBe('Lee');
  });
  it('tells an ordinary lower-case use of a name', () => {
    expect(usedAsOrdinaryWords('Mobile', 'Mobile phones sell. A mobile network grew.')).toBe(true);
    expect(usedAsOrdinaryWords('Quillby', 'Quillby won. Quillby lost.')).toBe(false);
  });
  it('tells a sports story and its sport', () => {
    expect(sportOfText('The striker scored two goals and the goalkeeper saved a penalty in the match.', null)).toBe('football');
    expect(sportOfText('The fly-half kicked a conversion after two tries in the rugby match.', null)).toBe('rugby');
    expect(sportOfText('The council met to discuss the harbour budget.', null)).toBeNull();
  });
});

describe('identity across articles', () => {
  it('links a surname written alone to the full name the corpus uses for it', () => {
    const { entityOf } = resolveAll([
      ...times(3, () => ({ text: 'Ann Quillby spoke. Quillby said more.', entities: [['Ann Quillby', 'person', ['Ann Quillby', 'Quillby']]] as Spec['entities'] })),
      { text: 'Mr Quillby left early.', entities: [['Quillby', 'person', ['Mr Quillby']]] },
    ]);
    expect(entityOf(3, 'Quillby')).toBe('Ann Quillby');
  });
  it('links clipped forms and the singular of a party to its full plural name', () => {
    const { entityOf, resolution } = resolveAll([
      ...times(3, () => ({ text: 'The Progressive Greens met.', entities: [['Progressive Greens', 'organization']] as Spec['entities'] })),
      { text: 'The Prog Greens met.', entities: [['Prog Greens', 'person']] },
      ...times(2, () => ({ text: 'A Progressive Green leader spoke.', entities: [['Progressive Green', 'organization']] as Spec['entities'] })),
    ]);
    expect(entityOf(3, 'Prog Greens')).toBe('Progressive Greens');
    expect(entityOf(4, 'Progressive Green')).toBe('Progressive Greens');
    const party = resolution.entities.find((e) => e.name === 'Progressive Greens')!;
    expect(party.type).toBe('organization');
    expect(party.aliases).toEqual(expect.arrayContaining(['Prog Greens', 'Progressive Green']));
  });
  it('links a party name to the same name with "Party"', () => {
    const { entityOf } = resolveAll([
      { text: 'The Harbour Party won.', entities: [['Harbour Party', 'organization']] },
      { text: 'Harbour gained seats.', entities: [['Harbour', 'organization']] },
    ]);
    expect(entityOf(1, 'Harbour')).toBe('Harbour Party');
  });
  it('links an acronym to the multiword name whose initials it is, when they meet', () => {
    const { entityOf } = resolveAll([
      { text: 'The Northern Fisheries Board met the NFB chair.', entities: [['Northern Fisheries Board', 'organization'], ['NFB', 'organization']] },
      { text: 'The Northern Fisheries Board said no.', entities: [['Northern Fisheries Board', 'organization']] },
      { text: 'The NFB said no.', entities: [['NFB', 'organization']] },
    ]);
    expect(entityOf(2, 'NFB')).toBe('Northern Fisheries Board');
  });
  it('links two spellings of one place', () => {
    const { entityOf } = resolveAll([
      ...times(2, () => ({ text: 'They flew to São Quillo.', entities: [['São Quillo', 'place']] as Spec['entities'] })),
      { text: 'They flew to Sao Quillo.', entities: [['Sao Quillo', 'place']] },
    ]);
    expect(entityOf(2, 'Sao Quillo')).toBe('São Quillo');
  });
  it('links two transliterations of one place, never two places the name lists tell apart', () => {
    const { entityOf } = resolveAll([
      ...times(2, () => ({ text: 'Shells fell on Dorbas.', entities: [['Dorbas', 'place']] as Spec['entities'] })),
      { text: 'Shells fell on Dorbass.', entities: [['Dorbass', 'place']] },
      ...times(2, () => ({ text: 'Rain in Nigeria.', entities: [['Nigeria', 'place']] as Spec['entities'] })),
      { text: 'Rain in Niger.', entities: [['Niger', 'place']] },
    ]);
    expect(entityOf(2, 'Dorbass')).toBe(entityOf(0, 'Dorbas'));
    expect(entityOf(5, 'Niger')).toBe('Niger');
  });
  it('links a name cut from a longer one to it', () => {
    const { entityOf } = resolveAll([
      ...times(2, () => ({ text: 'Grand Quillby Motors grew. Motors sales rose.', entities: [['Grand Quillby Motors', 'organization'], ['Motors', 'organization']] as Spec['entities'] })),
    ]);
    expect(entityOf(1, 'Motors')).toBe('Grand Quillby Motors');
  });
  it('keeps a whole name inside a longer one that is about it', () => {
    const { entityOf } = resolveAll([
      ...times(2, () => ({ text: 'The Congress of the Quill Party met. The Quill Party chose.', entities: [['Congress of the Quill Party', 'organization'], ['Quill Party', 'organization']] as Spec['entities'] })),
    ]);
    expect(entityOf(1, 'Quill Party')).toBe('Quill Party');
  });
  it('counts a demonym as a mention of the place the corpus names most, never as its own entry', () => {
    const { entityOf } = resolveAll([
      ...times(3, () => ({ text: 'India grew fast.', entities: [['India', 'place']] as Spec['entities'] })),
      { text: 'Indian markets rose.', entities: [['British Indian Ocean Territory', 'place', ['Indian']]] },
    ]);
    expect(entityOf(3, 'British Indian Ocean Territory')).toBe('India');
  });
});

describe('one name, several things', () => {
  const football = 'The striker scored two goals in the league match and the goalkeeper saved a penalty.';
  const rugby = 'The fly-half kicked a conversion after two tries in the rugby match.';
  it('splits a town from its clubs by each story’s own evidence, and links each club to its full name', () => {
    const { entityOf, resolution } = resolveAll([
      { text: `Quillbury United won. ${football}`, section: 'sport', entities: [['Quillbury United', 'organization']] },
      { text: `Quillbury Otters won. ${rugby}`, section: 'sport', entities: [['Quillbury Otters', 'organization']] },
      { text: `Quillbury beat the visitors. ${football}`, section: 'sport', entities: [['Quillbury', 'place']] },
      { text: `Quillbury lost at home. ${rugby}`, section: 'sport', entities: [['Quillbury', 'place']] },
      { text: 'Flooding hit homes in Quillbury on Monday.', entities: [['Quillbury', 'place']] },
    ]);
    expect(entityOf(2, 'Quillbury')).toBe('Quillbury United');
    expect(entityOf(3, 'Quillbury')).toBe('Quillbury Otters');
    expect(entityOf(4, 'Quillbury')).toBe('Quillbury');
    expect(resolution.entities.find((e) => e.name === 'Quillbury')!.type).toBe('place');
  });
  it('never merges a town as a whole into the club the stories name it in', () => {
    const { entityOf } = resolveAll([
      ...times(3, () => ({ text: 'Royal Quillbury won again. Quillbury fans cheered.', entities: [['Royal Quillbury', 'organization', ['Royal Quillbury', 'Quillbury']]] as Spec['entities'] })),
      { text: 'The indoor championships open in Quillbury on Friday.', entities: [['Quillbury', 'place']] },
    ]);
    expect(entityOf(3, 'Quillbury')).toBe('Quillbury');
  });
  it('keeps a country a place in a sports story (its team is the country, by convention)', () => {
    const { resolution } = resolveAll([{ text: `France won. ${football}`, section: 'sport', entities: [['France', 'place']] }]);
    expect(resolution.entities[0]).toMatchObject({ name: 'France', type: 'place' });
  });
  it('splits an event held in two sports', () => {
    const { records, resolution } = resolveAll([
      ...times(2, () => ({ text: `The Quill Cup final. ${football}`, section: 'sport', entities: [['Quill Cup', 'event']] as Spec['entities'] })),
      ...times(2, () => ({ text: `The Quill Cup final. ${rugby}`, section: 'sport', entities: [['Quill Cup', 'event']] as Spec['entities'] })),
    ]);
    expect(new Set(records.map((_, i) => resolution.targets[i])).size).toBe(2);
    expect(new Set(resolution.entities.map((e) => e.id)).size).toBe(2);
  });
  it('does not merge a country with a person whose surname it is', () => {
    const { entityOf } = resolveAll([
      ...times(3, () => ({ text: 'Eddie Jordan spoke. Jordan said more.', entities: [['Eddie Jordan', 'person', ['Eddie Jordan', 'Jordan']]] as Spec['entities'] })),
      { text: 'Jordan signed a treaty.', entities: [['Jordan', 'place']] },
    ]);
    expect(entityOf(3, 'Jordan')).toBe('Jordan');
  });
  it('drops units written after numbers and descriptions of groups of people', () => {
    const { entityOf } = resolveAll([
      { text: 'It holds 60QB of songs, twice the 30QB of the old one.', entities: [['QB', 'organization', ['QB']]] },
      { text: 'Quill Party MPs rebelled.', entities: [['Quill Party MPs', 'organization']] },
    ]);
    expect(entityOf(0, 'QB')).toBeNull();
    expect(entityOf(1, 'Quill Party MPs')).toBeNull();
  });
  it('drops a given name standing alone for several people of the corpus', () => {
    const { entityOf } = resolveAll([
      ...['David Quill', 'David Marrow', 'David Fenn'].map((name) => ({ text: `${name} spoke.`, entities: [[name, 'person']] as Spec['entities'] })),
      { text: 'David said so.', entities: [['David', 'place']] },
    ]);
    expect(entityOf(3, 'David')).toBeNull();
  });
  it('drops a name the stories also use as an ordinary word', () => {
    const { entityOf } = resolveAll([{ text: 'Mobile phones sold well. Every mobile network grew.', entities: [['Mobile', 'place']] }]);
    expect(entityOf(0, 'Mobile')).toBeNull();
  });
});

describe('names, types and ids', () => {
  it('names an entity by its most complete common form and types it by the weight of evidence', () => {
    const { resolution } = resolveAll([
      ...times(2, () => ({ text: 'The Quill Union met.', entities: [['Quill Union', 'organization']] as Spec['entities'] })),
      ...times(3, () => ({ text: 'QU met.', entities: [['QU', 'person']] as Spec['entities'] })),
      { text: 'The Quill Union and the QU.', entities: [['Quill Union', 'organization', ['Quill Union', 'QU']]] },
    ]);
    const union = resolution.entities.find((e) => e.aliases.includes('QU'))!;
    expect(union).toMatchObject({ name: 'Quill Union', type: 'organization', id: 'quill-union' });
  });
});

describe('names written with their article', () => {
  const papers = ['Quill Post', 'Harwick Post', 'Tolland Post'].map((name) => ({ text: `The ${name} printed it.`, entities: [[name, 'organization']] as Spec['entities'] }));
  it('keeps "The Post" though "Post" ends many names, and lists "Post" as another way of writing it', () => {
    const { resolution } = resolveAll([...papers, ...times(2, () => ({ text: 'Ann Lee told the Post so.', entities: [['The Post', 'organization', ['Post']]] as Spec['entities'] }))]);
    expect(resolution.entities.find((e) => e.name === 'The Post')).toMatchObject({ type: 'organization', aliases: ['Post'] });
  });
  it('still drops the bare word that ends many names', () => {
    const { resolution } = resolveAll([...papers, ...times(2, () => ({ text: 'Post rose.', entities: [['Post', 'organization']] as Spec['entities'] }))]);
    expect(resolution.entities.map((e) => e.name)).not.toContain('Post');
  });
});

describe('types from the corpus', () => {
  it('types as a thing a "person" never called by a shorter name that opens with an ordinary word', () => {
    const { resolution } = resolveAll(times(3, () => ({ text: 'Finding Tidewater won praise. Finding Tidewater opens soon.', entities: [['Finding Tidewater', 'person']] as Spec['entities'] })));
    expect(resolution.entities[0]!.type).toBe('other');
  });
  it('types as a place a "person" the stories put after "at" or "in"', () => {
    const { resolution } = resolveAll(times(3, () => ({ text: 'They lost at Old Quayfield on Sunday.', entities: [['Old Quayfield', 'person']] as Spec['entities'] })));
    expect(resolution.entities[0]!.type).toBe('place');
  });
  it('keeps a person whose given name no list knows', () => {
    const { resolution } = resolveAll(times(3, () => ({ text: 'Andriko Tidewater spoke.', entities: [['Andriko Tidewater', 'person']] as Spec['entities'] })));
    expect(resolution.entities[0]!.type).toBe('person');
  });
  it('keeps a person whom the stories also call by the surname', () => {
    const { resolution } = resolveAll(times(3, () => ({ text: 'Finding Tidewater spoke. Tidewater left.', entities: [['Finding Tidewater', 'person', ['Finding Tidewater', 'Tidewater']]] as Spec['entities'] })));
    expect(resolution.entities[0]!.type).toBe('person');
  });
  it('types awards as other and a competition in sports stories as an event', () => {
    const sport = 'The striker scored two goals in the match and the keeper saved a penalty.';
    const { resolution } = resolveAll([
      { text: 'The Quill Awards were given.', entities: [['Quill Awards', 'organization']] },
      ...times(2, () => ({ text: `The Quill League resumed. ${sport}`, section: 'sport', entities: [['Quill League', 'organization']] as Spec['entities'] })),
    ]);
    expect(resolution.entities.find((e) => e.name === 'Quill Awards')!.type).toBe('other');
    expect(resolution.entities.find((e) => e.name === 'Quill League')!.type).toBe('event');
  });
});

describe('the stage', () => {
  it('applies the corpus entities to an article, merges two forms of one thing and keeps the old id as a move', () => {
    const articles = [
      article({ text: 'The Quill Union met.', entities: [['Quill Union', 'organization']] }),
      article({ text: 'The Quill Union and the QU met.', entities: [['Quill Union', 'organization'], ['QU', 'organization']] }),
      article({ text: 'QU met again.', entities: [['QU', 'organization']] }),
    ];
    articles[2]!.quotes = [{ id: 'quote-1', text: 'x', fragments: [], speaker: { entity: 'qu', name: 'QU' }, confidence: 1 }];
    const stage = new CorpusEntityStage();
    articles.forEach((a, i) => stage.add(a, i));
    stage.resolve();
    articles.forEach((a, i) => applyToArticle(a, stage.targetsOf(i)));
    expect(articles[1]!.entities.map((e) => e.id)).toEqual(['quill-union']);
    expect(articles[1]!.entities[0]!.mentions).toHaveLength(2);
    expect(articles[2]!.quotes[0]!.speaker).toMatchObject({ entity: 'quill-union', name: 'Quill Union' });
    expect(stage.movedIds({ 'old-union': 'qu' })).toEqual({ qu: 'quill-union', 'old-union': 'quill-union' });
  });
  it('applies entity corrections across the corpus and reports the ones that match nothing', () => {
    const articles = [
      article({ text: 'Ann Lee met Bo Chan.', entities: [['Ann Lee', 'person'], ['Bo Chan', 'person']] }),
      article({ text: 'Bo Chan sailed.', entities: [['Bo Chan', 'person']] }),
    ];
    const stage = new CorpusEntityStage();
    articles.forEach((a, i) => stage.add(a, i));
    const changed = stage.resolve([
      { type: 'retype', entity: 'bo-chan', to: 'organization' },
      { type: 'rename', entity: 'ann-lee', name: 'Ann Lee-Morgan' },
      { type: 'split', entity: 'bo-chan', articles: [articles[1]!.id], into: { name: 'Bo Chan Ferries', type: 'organization' } },
      { type: 'drop', entity: 'nobody-at-all' },
    ]);
    expect(changed.map((n) => n > 0)).toEqual([true, true, true, false]);
    articles.forEach((a, i) => applyToArticle(a, stage.targetsOf(i)));
    expect(articles[0]!.entities.map((e) => [e.name, e.type])).toEqual(expect.arrayContaining([['Ann Lee-Morgan', 'person'], ['Bo Chan', 'organization']]));
    expect(articles[1]!.entities.map((e) => e.name)).toEqual(['Bo Chan Ferries']);
    const dropped = new CorpusEntityStage();
    articles.forEach((a, i) => dropped.add(a, i));
    dropped.resolve([{ type: 'drop', entity: 'bo-chan-ferries' }]);
    applyToArticle(articles[1]!, dropped.targetsOf(1));
    expect(articles[1]!.entities).toEqual([]);
  });
});
