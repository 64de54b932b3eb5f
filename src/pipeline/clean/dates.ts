// Publication dates you can trust. A date is the article's publication date only when something says it is:
//  1. the metadata (.meta.json, a JSONL `date`, an HTML page's published time);
//  2. a dateline at the very start of the body ("LONDON, March 7 (Reuters) –", "Monday 7 March 2005",
//     "Published: 7 March 2005", "Updated: …");
//  3. a weekday and day without a year in the opening paragraph ("on Monday, September 19"), resolved only inside
//     the window of dates the user gives, and only when exactly one day in it fits.
// Any other date in the text is about something else (an anniversary, a birthday, an event) and is never taken.
// A window also refuses a metadata or dateline date outside it: the article is kept, undated, and the refusal is
// reported with its reason.
import type { DateSource } from '../../shared/schema.ts';
import { isoDate, parseExplicitDate } from '../read/metadataDate.ts';

export interface DateWindow {
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD
}

/** A date that was offered as the publication date and refused, with why. */
export interface DateRejection {
  /** YYYY-MM-DD, or the text's own words for a date without its year. */
  date: string;
  from: 'metadata' | 'dateline' | 'opening paragraph';
  reason: string;
}

/** A refused date as the ingest report lists it: the article it belongs to, kept undated. */
export interface RefusedDate extends DateRejection {
  source: string;
  id: string;
}

export interface ResolvedDate {
  /** YYYY-MM-DD when known, else null. */
  date: string | null;
  /** The dateline's own words for a date whose year nothing gives ("Monday, September 19"). */
  dateText: string | null;
  source: DateSource | null;
  rejection: DateRejection | null;
}

const UNDATED: ResolvedDate = { date: null, dateText: null, source: null, rejection: null };

// ---- Reading one date expression -----------------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs?(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
/** Not followed by more digits or letters: "March 7" but not "March 70". Names are capitalised ("may 7" is no date). */
const END = '(?![\\p{L}\\p{N}])';

// Each form: an optional weekday, then the date; readDateAt reads their capture groups by position.
const DAY_MONTH = new RegExp(`^(?:${WEEKDAY},?\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}${YEAR}${END}`, 'u');
const MONTH_DAY = new RegExp(`^(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})${ORDINAL}${YEAR}${END}`, 'u');
/** An ISO date may run on into its time: "2005-03-09T10:00". */
const ISO = new RegExp(`^(?:${WEEKDAY},?\\s+)?(\\d{4})-(\\d{2})-(\\d{2})(?=T\\d|[^\\p{L}\\p{N}]|$)`, 'u');

/** A calendar date as written: the year and weekday may be missing. */
export interface WrittenDate {
  /** The words as they stand in the text. */
  words: string;
  year: number | null;
  month0: number;
  day: number;
  weekday: number | null;
}

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
const weekdayIndex = (name: string | undefined) => (name ? WEEKDAYS.indexOf(name.slice(0, 3).toLowerCase()) : null);
const yearOf = (digits: string | undefined) => (digits ? Number(digits) : null);

/** The date written at the very start of `text` ("Monday 7 March 2005", "March 7", "2005-03-07"), or null. */
export function readDateAt(text: string): WrittenDate | null {
  const dm = DAY_MONTH.exec(text);
  if (dm) return { words: dm[0], weekday: weekdayIndex(dm[1]), day: Number(dm[2]), month0: monthIndex(dm[3]!), year: yearOf(dm[4]) };
  const md = MONTH_DAY.exec(text);
  if (md) return { words: md[0], weekday: weekdayIndex(md[1]), month0: monthIndex(md[2]!), day: Number(md[3]), year: yearOf(md[4]) };
  const iso = ISO.exec(text);
  if (iso) return { words: iso[0], weekday: weekdayIndex(iso[1]), year: Number(iso[2]), month0: Number(iso[3]) - 1, day: Number(iso[4]) };
  return null;
}

// ---- Datelines: where a date says it is the article's --------------------------------------------------------

/** "Published: ", "Last updated on ", "Posted ", "Date: ". */
const LABEL = /^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on)?|date)\s*:?\s+/i;
/** A wire dateline's place: "LONDON, ", "NEW YORK, ", "SPRINGFIELD, Ill., ", or a place before an agency. */
const PLACE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]*[\p{Lu}.],?\s+(?:[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?,\s+)?/u;
/** What closes a wire dateline: an optional agency in brackets, then a dash or colon. */
const WIRE_CLOSE = /^,?\s*(?:\([^()]{1,40}\)\s*)?[-–—:]/u;
/** What may follow a date on a line of its own: a time, a zone, separators ("| 10:32 GMT", ", 4.15pm"). */
const DATE_LINE_REST = /^[\s,|·•–—-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[\p{Lu}]{2,5}(?:[+-]\d{1,2})?)?)?[\s.]*$/iu;
/** A byline may come before the dateline: "By Jane Doe", "By Jane Doe, Political Correspondent". */
const BYLINE = /^by\s+[\p{Lu}][^.!?]{0,80}$/iu;

function labelledDate(text: string): WrittenDate | null {
  const label = LABEL.exec(text);
  return label ? readDateAt(text.slice(label[0].length)) : null;
}

function wireDate(text: string): WrittenDate | null {
  const place = PLACE.exec(text);
  if (!place || place[0].replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  const date = readDateAt(text.slice(place[0].length));
  if (!date) return null;
  return WIRE_CLOSE.test(text.slice(place[0].length + date.words.length)) ? date : null;
}

function dateOnlyLine(text: string): WrittenDate | null {
  const date = readDateAt(text);
  return date && DATE_LINE_REST.test(text.slice(date.words.length)) ? date : null;
}

/** The block the body opens with, after a byline if there is one. */
export function openingBlock(blocks: readonly string[]): string | null {
  return (blocks[0] !== undefined && BYLINE.test(blocks[0]) ? blocks[1] : blocks[0]) ?? null;
}

/** The date of a dateline at the very start of the opening block; null when it does not start with one. */
export function findDateline(opening: string): WrittenDate | null {
  return labelledDate(opening) ?? wireDate(opening) ?? dateOnlyLine(opening);
}

const LEDE_WEEKDAY = new RegExp(`(?<![\\p{L}\\p{N}])(?=${WEEKDAY.replace(/\(/, '(?:')},?\\s)`, 'gu');

/** "on Monday, September 19" in the opening paragraph: a weekday and a day with no year written after it. */
export function findOpeningWeekday(firstParagraph: string): WrittenDate | null {
  for (const match of firstParagraph.matchAll(LEDE_WEEKDAY)) {
    const date = readDateAt(firstParagraph.slice(match.index));
    if (date && date.weekday !== null && date.year === null) return date;
  }
  return null;
}

// ---- Deciding -----------------------------------------------------------------------------------------------

type DayOfYear = Pick<WrittenDate, 'month0' | 'day' | 'weekday'>;

/** Every day in the window on that month and day (and weekday, when given). */
function daysInWindow(found: DayOfYear, window: DateWindow): string[] {
  const fromYear = Number(window.from.slice(0, 4));
  const toYear = Number(window.to.slice(0, 4));
  const matches: string[] = [];
  for (let year = fromYear; year <= toYear && toYear - fromYear < 400; year++) {
    const date = isoDate(year, found.month0, found.day);
    if (!date || date < window.from || date > window.to) continue;
    if (found.weekday === null || weekdayOf(date) === found.weekday) matches.push(date);
  }
  return matches;
}

/** The only day in the window on that month and day (and weekday, when given); null if none or several. */
export function resolveInWindow(found: DayOfYear, window: DateWindow): string | null {
  const days = daysInWindow(found, window);
  return days.length === 1 ? days[0]! : null;
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Parses "2022-01-01..2022-12-31"; throws a readable error otherwise. */
export function parseDateWindow(value: string): DateWindow {
  const [from, to] = value.split('..');
  const fromDate = from ? parseExplicitDate(from) : null;
  const toDate = to ? parseExplicitDate(to) : null;
  if (!fromDate || !toDate || fromDate > toDate) {
    throw new Error(`--date-window must look like 2022-01-01..2022-12-31, got "${value}"`);
  }
  return { from: fromDate, to: toDate };
}

export const formatWindow = (window: DateWindow) => `${window.from}..${window.to}`;

const isInWindow = (date: string, window: DateWindow | null) => !window || (date >= window.from && date <= window.to);

function refused(date: string, from: DateRejection['from'], reason: string): ResolvedDate {
  return { ...UNDATED, rejection: { date, from, reason } };
}

function outsideWindow(date: string, from: DateRejection['from'], window: DateWindow): ResolvedDate {
  return refused(date, from, `${from} date ${date} is outside --date-window ${formatWindow(window)}`);
}

function fromMetadata(date: string, window: DateWindow | null): ResolvedDate {
  if (!isInWindow(date, window)) return outsideWindow(date, 'metadata', window!);
  return { date, dateText: null, source: 'metadata', rejection: null };
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A dateline with its year: checked against its weekday, today and the window. */
function fromFullDateline(written: WrittenDate & { year: number }, today: string, window: DateWindow | null): ResolvedDate {
  const date = isoDate(written.year, written.month0, written.day);
  if (!date) return UNDATED; // "31 February 2005" is no date at all
  if (written.weekday !== null && weekdayOf(date) !== written.weekday) {
    return refused(date, 'dateline', `dateline says ${WEEKDAY_NAMES[written.weekday]} but ${date} is a ${WEEKDAY_NAMES[weekdayOf(date)]}`);
  }
  if (date > today) return refused(date, 'dateline', `dateline date ${date} is after today (${today})`);
  if (!isInWindow(date, window)) return outsideWindow(date, 'dateline', window!);
  return { date, dateText: null, source: 'dateline', rejection: null };
}

/**
 * A date without its year: resolved inside the window when exactly one day fits (none after today: a publication
 * date is never in the future); several keep the words.
 */
function fromYearlessDate(written: WrittenDate, from: DateRejection['from'], today: string, window: DateWindow | null): ResolvedDate {
  const words = written.words.trim();
  if (!window) return { ...UNDATED, dateText: words };
  const days = daysInWindow(written, window).filter((day) => day <= today);
  if (days.length === 1) return { date: days[0]!, dateText: null, source: 'window', rejection: null };
  if (days.length > 1) return { ...UNDATED, dateText: words };
  return refused(words, from, `${from} date "${words}" falls on no day inside --date-window ${formatWindow(window)}`);
}

function fromDateline(written: WrittenDate, today: string, window: DateWindow | null): ResolvedDate {
  return written.year !== null ? fromFullDateline({ ...written, year: written.year }, today, window) : fromYearlessDate(written, 'dateline', today, window);
}

export interface DateInputs {
  /** The metadata's date (YYYY-MM-DD), if any. */
  explicit: string | null;
  /** The article's blocks (paragraphs and subheadings) in order; only the opening ones are looked at. */
  blocks: readonly string[];
  today: string;
  window: DateWindow | null;
}

/** The first thing that says when the article was published decides: metadata, a dateline, the opening weekday. */
export function resolveDate({ explicit, blocks, today, window }: DateInputs): ResolvedDate {
  if (explicit) return fromMetadata(explicit, window);
  const opening = openingBlock(blocks);
  if (opening === null) return UNDATED;
  const dateline = findDateline(opening);
  if (dateline) return fromDateline(dateline, today, window);
  const weekday = findOpeningWeekday(opening);
  return weekday ? fromYearlessDate(weekday, 'opening paragraph', today, window) : UNDATED;
}
