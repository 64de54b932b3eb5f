import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.ts';
import {
  acronym,
  commonAcronym,
  companyShape,
  genericOrgWord,
  knownPlace,
  locativeContext,
  nameShape,
  nationalBody,
  newspaperShortName,
  organizationContext,
  personShape,
  placeByWords,
  surnameLast,
  verdictFor,
} from './classify.ts';

/** The shape of the words of `name` where it stands in `text` (its first occurrence). */
function shapeIn(text: string, name: string) {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.start === text.indexOf(name));
  const count = tokenize(name).length;
  return nameShape(tokens.slice(first, first + count).map((t) => t.text), tokens, first);
}
const shape = (name: string) => nameShape(tokenize(name).map((t) => t.text));

describe('classify rules', () => {
  it('knows gazetteer places and gives their canonical name', () => {
    expect(knownPlace(shape('Paris'))).toMatchObject({ type: 'place', canonical: 'Paris' });
    expect(knownPlace(shape('Bellwether Quay'))).toBeNull();
  });

  it('reads place nouns and compass words as places', () => {
    expect(placeByWords(shape('Marrow River'))?.type).toBe('place');
    expect(placeByWords(shape('North Tolland'))?.type).toBe('place');
    expect(placeByWords(shape('Tolland Rovers'))).toBeNull();
  });

  it('keeps a lone generic organisation noun out', () => {
    for (const word of ['Department', 'Office', 'League', 'City', 'Radio']) expect(genericOrgWord(shape(word))?.type).toBe('other');
    expect(genericOrgWord(shape('Tolland Office'))).toBeNull();
    expect(verdictFor(shape('Department')).type).toBe('other');
  });

  it('reads a noun for a body a country has one of as that body', () => {
    for (const word of ['Parliament', 'Cabinet', 'Congress', 'Senate']) expect(verdictFor(shape(word))).toEqual({ type: 'organization' });
    expect(nationalBody(shape('Department'))).toBeNull();
    expect(nationalBody(shape('Tolland Parliament'))).toBeNull();
  });

  it('reads a newspaper noun after "the" as the paper, named with its article', () => {
    expect(newspaperShortName(shapeIn('She told the Journal so.', 'Journal'))).toEqual({ type: 'organization', canonical: 'The Journal' });
    expect(verdictFor(shapeIn('She told the Journal so.', 'Journal'))).toEqual({ type: 'organization', canonical: 'The Journal' });
    // without the article it is one of many names' last word
    expect(newspaperShortName(shapeIn('Journal sales rose.', 'Journal'))).toBeNull();
    expect(verdictFor(shapeIn('She saw Journal staff.', 'Journal')).type).toBe('other');
    expect(newspaperShortName(shapeIn('She told the Office so.', 'Office'))).toBeNull();
  });

  it('keeps abbreviations of ordinary nouns out and types other capitals as organisations', () => {
    for (const word of ['TV', 'GDP', 'GMT', 'DVD', 'MP', 'PC', 'ID']) expect(commonAcronym(shape(word))?.type).toBe('other');
    expect(commonAcronym(shape('QXR'))).toBeNull();
    expect(acronym(shape('QXR'))?.type).toBe('organization');
    expect(verdictFor(shape('TV')).type).toBe('other');
  });

  it('reads an initial or a known surname at the end as a person', () => {
    expect(surnameLast(shape('T. Brannock'))?.type).toBe('person');
    expect(surnameLast(shape('Quillon Smith'))?.type).toBe('person');
  });

  it('reads joined names and company nouns as companies', () => {
    expect(companyShape(shape('Brannock & Pell'))?.type).toBe('organization');
    expect(companyShape(shape('Brannock Pharmaceuticals'))?.type).toBe('organization');
  });

  it('does not take a run of ordinary words for a person', () => {
    expect(personShape(shape('Golden Slam'))).toBeNull();
    expect(personShape(shape('Million Dollar Baby'))).toBeNull();
    expect(personShape(shape('Quillon Brannock'))?.type).toBe('person');
  });

  it('reads the words around a name', () => {
    expect(organizationContext(shapeIn('The Brannockfax news agency said so.', 'Brannockfax'))?.type).toBe('organization');
    expect(locativeContext(shapeIn('They met in Quillonby last week.', 'Quillonby'))?.type).toBe('place');
    expect(locativeContext(shapeIn('They met Quillonby last week.', 'Quillonby'))).toBeNull();
  });

  it('leaves an unknown lone word unknown and tentative', () => {
    expect(verdictFor(shape('Quillonby'))).toEqual({ type: 'other', tentative: true });
  });
});
