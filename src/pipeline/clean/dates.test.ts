import { describe, expect, it } from 'vitest';
import { findFullDate, findWeekdayDate, parseDateWindow, parseExplicitDate, resolveDate, resolveInWindow } from './dates.ts';

const TODAY = '2026-11-26';

describe('parseExplicitDate', () => {
  it('accepts dates and timestamps, rejects impossible days', () => {
    expect(parseExplicitDate('2022-09-19')).toBe('2022-09-19');
    expect(parseExplicitDate('2022-09-19T08:30:00+02:00')).toBe('2022-09-19');
    expect(parseExplicitDate('2022-02-30')).toBeNull();
    expect(parseExplicitDate('19/09/2022')).toBeNull();
  });
});

describe('findFullDate', () => {
  it('finds month-day-year and day-month-year dates', () => {
    expect(findFullDate('It opened on September 19, 2022 in the hall.', TODAY)).toBe('2022-09-19');
    expect(findFullDate('Signed on 3 March 2021, the deal held.', TODAY)).toBe('2021-03-03');
    expect(findFullDate('Published Sept. 4, 2020.', TODAY)).toBe('2020-09-04');
  });
  it('ignores dates after today (a plan is not a publication date)', () => {
    expect(findFullDate('The vote is due on May 1, 2031.', TODAY)).toBeNull();
  });
});

describe('weekday dates without a year', () => {
  const found = findWeekdayDate('officials said on Monday, September 19. Later…')!;
  it('is found with its own words', () => {
    expect(found.words).toBe('Monday, September 19');
  });
  it('is resolved only inside a window, and only when exactly one year fits', () => {
    expect(resolveInWindow(found, parseDateWindow('2022-01-01..2022-12-31'))).toBe('2022-09-19');
    expect(resolveInWindow(found, parseDateWindow('2021-01-01..2021-12-31'))).toBeNull(); // 19 Sept 2021 was a Sunday
    expect(resolveInWindow(found, parseDateWindow('2011-01-01..2022-12-31'))).toBeNull(); // 2011 and 2022 both fit
  });
  it('is not taken for a dated text', () => {
    expect(findWeekdayDate('on Monday, September 19, 2022')).toBeNull();
  });
});

describe('resolveDate', () => {
  const text = 'The official spoke on Monday, September 19.';
  it('lets metadata win', () => {
    expect(resolveDate({ explicit: '2022-09-20', text, today: TODAY, window: null })).toEqual({ date: '2022-09-20', dateText: null, how: 'metadata' });
  });
  it('never guesses a year without a window', () => {
    expect(resolveDate({ explicit: null, text, today: TODAY, window: null })).toEqual({ date: null, dateText: 'Monday, September 19', how: 'unresolved' });
  });
  it('resolves inside the window the user gives', () => {
    expect(resolveDate({ explicit: null, text, today: TODAY, window: parseDateWindow('2022-01-01..2022-12-31') }).date).toBe('2022-09-19');
  });
  it('rejects a malformed window with a readable message', () => {
    expect(() => parseDateWindow('2022')).toThrow('--date-window must look like');
  });
});
