import { describe, expect, it } from 'vitest';
import { parseExplicitDate } from '../read/metadataDate.ts';
import { findDateline, findOpeningWeekday, parseDateWindow, readDateAt, resolveDate, resolveInWindow, type DateWindow } from './dates.ts';

const TODAY = '2026-11-26';
const YEAR_2005 = parseDateWindow('2005-01-01..2005-12-31');

/** The date of an invented article body (paragraphs separated by blank lines). */
function dateOf(body: string, options: { explicit?: string; window?: DateWindow | null } = {}) {
  return resolveDate({ explicit: options.explicit ?? null, blocks: body.split('\n\n'), today: TODAY, window: options.window ?? null });
}

describe('parseExplicitDate', () => {
  it('accepts dates and timestamps, rejects impossible days', () => {
    expect(parseExplicitDate('2022-09-19')).toBe('2022-09-19');
    expect(parseExplicitDate('2022-09-19T08:30:00+02:00')).toBe('2022-09-19');
    expect(parseExplicitDate('2022-02-30')).toBeNull();
    expect(parseExplicitDate('19/09/2022')).toBeNull();
  });
});

describe('readDateAt', () => {
  it('reads day-month, month-day and ISO dates, with or without a weekday and a year', () => {
    expect(readDateAt('Monday 7 March 2005')).toMatchObject({ weekday: 1, day: 7, month0: 2, year: 2005 });
    expect(readDateAt('Tues., March 8th, 2005 at noon')).toMatchObject({ weekday: 2, day: 8, month0: 2, year: 2005, words: 'Tues., March 8th, 2005' });
    expect(readDateAt('2005-03-09T10:00')).toMatchObject({ day: 9, month0: 2, year: 2005, weekday: null });
    expect(readDateAt('Sept. 19 –')).toMatchObject({ day: 19, month0: 8, year: null });
  });
  it('reads no date from other words', () => {
    expect(readDateAt('may 7 ships sail')).toBeNull();
    expect(readDateAt('Marchers gathered')).toBeNull();
    expect(readDateAt('7 Marches')).toBeNull();
  });
});

describe('metadata', () => {
  const body = 'The harbour reopened on Friday after the storm.';
  it('wins over anything in the text', () => {
    expect(dateOf('Published: 1 April 2005\n\nThe ferry ran late.', { explicit: '2005-04-02' })).toEqual({ date: '2005-04-02', dateText: null, source: 'metadata', rejection: null });
  });
  it('is refused outside the window: the article is kept undated, with the reason', () => {
    expect(dateOf(body, { explicit: '1999-12-31', window: YEAR_2005 })).toEqual({
      date: null,
      dateText: null,
      source: null,
      rejection: { date: '1999-12-31', from: 'metadata', reason: 'metadata date 1999-12-31 is outside --date-window 2005-01-01..2005-12-31' },
    });
  });
});

describe('datelines at the very start of the body', () => {
  it('a wire dateline with its year', () => {
    expect(dateOf('HARWICK BAY, March 7, 2005 (Herald Wire) – The council voted to dredge the channel.')).toMatchObject({ date: '2005-03-07', source: 'dateline' });
    expect(dateOf('SPRINGFIELD, Ill., 7 March 2005 — Ferry fares rose again.')).toMatchObject({ date: '2005-03-07', source: 'dateline' });
    expect(dateOf('NEW YORK, Monday 7 March 2005: Markets opened higher.')).toMatchObject({ date: '2005-03-07', source: 'dateline' });
  });
  it('a wire dateline without its year: the words without a window, the one fitting day inside it', () => {
    const body = 'LONDON, March 7 (Reuters) – The harbour board met its lenders.';
    expect(dateOf(body)).toEqual({ date: null, dateText: 'March 7', source: null, rejection: null });
    expect(dateOf(body, { window: YEAR_2005 })).toMatchObject({ date: '2005-03-07', source: 'window' });
    // two years in the window, two March 7ths: no guess
    expect(dateOf(body, { window: parseDateWindow('2004-01-01..2005-12-31') })).toMatchObject({ date: null, dateText: 'March 7', source: null });
  });
  it('a date on a line of its own, with a weekday, a time or a zone', () => {
    expect(dateOf('Monday 7 March 2005\n\nThe ferry ran late.')).toMatchObject({ date: '2005-03-07', source: 'dateline' });
    expect(dateOf('7 March 2005, 10:32 GMT\n\nThe ferry ran late.')).toMatchObject({ date: '2005-03-07', source: 'dateline' });
    expect(dateOf('2005-03-07\n\nThe ferry ran late.')).toMatchObject({ date: '2005-03-07', source: 'dateline' });
  });
  it('"Published:", "Updated:" and their kin', () => {
    expect(dateOf('Published: 7 March 2005\n\nThe ferry ran late.')).toMatchObject({ date: '2005-03-07', source: 'dateline' });
    expect(dateOf('Updated: March 8, 2005 | 4.15pm\n\nThe ferry ran late.')).toMatchObject({ date: '2005-03-08', source: 'dateline' });
    expect(dateOf('Last updated on Wednesday, 9 March 2005\n\nThe ferry ran late.')).toMatchObject({ date: '2005-03-09', source: 'dateline' });
    expect(dateOf('PUBLISHED 2005-03-10 08:00\n\nThe ferry ran late.')).toMatchObject({ date: '2005-03-10', source: 'dateline' });
  });
  it('after a byline', () => {
    expect(dateOf('By Ada Quill, Harbour Correspondent\n\nPublished: 7 March 2005\n\nThe ferry ran late.')).toMatchObject({ date: '2005-03-07', source: 'dateline' });
  });
  it('refuses a dateline outside the window, after today, or on the wrong weekday, keeping the article undated', () => {
    const outside = dateOf('Published: 7 March 2003\n\nThe ferry ran late.', { window: YEAR_2005 });
    expect(outside).toMatchObject({ date: null, dateText: null, source: null });
    expect(outside.rejection).toEqual({ date: '2003-03-07', from: 'dateline', reason: 'dateline date 2003-03-07 is outside --date-window 2005-01-01..2005-12-31' });
    expect(dateOf('Published: 7 March 2031\n\nThe ferry ran late.').rejection?.reason).toBe(`dateline date 2031-03-07 is after today (${TODAY})`);
    expect(dateOf('Tuesday 7 March 2005\n\nThe ferry ran late.').rejection?.reason).toBe('dateline says Tuesday but 2005-03-07 is a Monday');
  });
  it('is found only at the very start', () => {
    expect(findDateline('The board met. LONDON, March 7 (Reuters) – it said')).toBeNull();
    expect(dateOf('The ferry ran late.\n\nPublished: 7 March 2005')).toMatchObject({ date: null, source: null, rejection: null });
  });
});

describe('a weekday and day in the opening paragraph', () => {
  const body = 'The harbour master said on Monday, September 19, that the quay would close.\n\nIt reopened on Friday 30 September.';
  it('is found with its own words, never when a year follows', () => {
    expect(findOpeningWeekday(body.split('\n\n')[0]!)?.words).toBe('Monday, September 19');
    expect(findOpeningWeekday('He spoke on Monday, September 19, 2022 in the hall.')).toBeNull();
  });
  it('keeps its words without a window, and never guesses a year', () => {
    expect(dateOf(body)).toEqual({ date: null, dateText: 'Monday, September 19', source: null, rejection: null });
  });
  it('is resolved inside the window when exactly one day fits', () => {
    expect(dateOf(body, { window: parseDateWindow('2022-01-01..2022-12-31') })).toMatchObject({ date: '2022-09-19', source: 'window' });
    expect(dateOf(body, { window: parseDateWindow('2011-01-01..2022-12-31') })).toMatchObject({ date: null, dateText: 'Monday, September 19' }); // 2011 and 2022
  });
  it('is never resolved to a day after today', () => {
    // 19 September 2022 and 2033 are both Mondays: only the first has passed
    expect(dateOf(body, { window: parseDateWindow('2022-01-01..2033-12-31') })).toMatchObject({ date: '2022-09-19', source: 'window' });
  });
  it('is refused when no day in the window fits', () => {
    expect(dateOf(body, { window: parseDateWindow('2021-01-01..2021-12-31') })).toMatchObject({
      date: null,
      dateText: null,
      rejection: { date: 'Monday, September 19', from: 'opening paragraph', reason: 'opening paragraph date "Monday, September 19" falls on no day inside --date-window 2021-01-01..2021-12-31' },
    });
  });
  it('counts only in the opening paragraph', () => {
    expect(dateOf('The quay closed.\n\nIt reopened on Friday 30 September.', { window: parseDateWindow('2022-01-01..2022-12-31') })).toMatchObject({ date: null, dateText: null });
  });
  it('resolveInWindow needs exactly one fitting day', () => {
    const monday19September = { weekday: 1, month0: 8, day: 19 };
    expect(resolveInWindow(monday19September, parseDateWindow('2022-01-01..2022-12-31'))).toBe('2022-09-19');
    expect(resolveInWindow(monday19September, parseDateWindow('2021-01-01..2021-12-31'))).toBeNull(); // a Sunday in 2021
  });
});

describe('dates the story mentions are never the article\'s', () => {
  const undated = { date: null, dateText: null, source: null, rejection: null };
  const window = parseDateWindow('1900-01-01..2026-12-31');
  const stories = {
    birthday: 'Mayor Ada Quill, born on 20 February 1951 in Harwick Bay, cut the ribbon at the new ferry terminal.',
    'birthday in a profile': 'Profile: Ada Quill\n\nAda Quill was born on February 20, 1951. She joined the harbour board in 1979.',
    anniversary: 'Fifty years after the great flood of 31 January 1953, the town unveiled a memorial on the sea wall.',
    'anniversary opening the text': '31 January 1953: the night the sea came in. Survivors gathered at the quay to remember.',
    event: 'The 25 August 1938 agreement between the two ports was cited by both sides in the dispute.',
    'event opening with a date': 'On 11 September 2001 the harbour was closed to all shipping, the inquiry heard.',
    'a date and a dash, no place': 'March 7, 2005 — the day the bridge closed — is remembered by every ferry captain.',
    'a place and a date, no dash': 'HARWICK BAY, 7 March 2005 was the coldest day on record, the museum says.',
    'a weekday of an event later on': 'The festival opened.\n\nThe parade is due on Saturday, 12 March, weather permitting.',
  };
  for (const [kind, body] of Object.entries(stories)) {
    it(`${kind} stays undated, with a window or without`, () => {
      expect(dateOf(body)).toEqual(undated);
      expect(dateOf(body, { window })).toEqual(undated);
    });
  }
});

describe('parseDateWindow', () => {
  it('rejects a malformed window with a readable message', () => {
    expect(() => parseDateWindow('2022')).toThrow('--date-window must look like');
    expect(() => parseDateWindow('2022-12-31..2022-01-01')).toThrow('--date-window must look like');
  });
});
