// Publication dates, never made up: explicit metadata first, then a full date written in the text, then a
// weekday-and-day ("Monday, September 19") only inside a window of years the user gives.

export interface DateWindow {
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD
}

export interface ResolvedDate {
  /** YYYY-MM-DD when known, else null. */
  date: string | null;
  /** The text's own words for a date that could not be resolved to a full date. */
  dateText: string | null;
  how: 'metadata' | 'text' | 'window' | 'unresolved' | 'none';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_PATTERN = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_PATTERN = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_PATTERN} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN},? (\\d{4})\\b`, 'i');
const WEEKDAY_MONTH_DAY = new RegExp(`\\b${WEEKDAY_PATTERN},? ${MONTH_PATTERN} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, 'i');
const WEEKDAY_DAY_MONTH = new RegExp(`\\b${WEEKDAY_PATTERN},? (\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN}\\b(?!,? \\d{4})`, 'i');

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD for a real calendar day, else null (no 31 February). */
export function isoDate(year: number, month0: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month0, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month0 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month0 + 1)}-${pad(day)}`;
}

/** Accepts "2022-09-19" or an ISO timestamp ("2022-09-19T08:00:00Z"); null when it is not a real date. */
export function parseExplicitDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** The first full date (with its year) written in the text that is not after today. */
export function findFullDate(text: string, today: string): string | null {
  const candidates: Array<{ index: number; date: string | null }> = [];
  const iso = ISO_IN_TEXT.exec(text);
  if (iso) candidates.push({ index: iso.index, date: isoDate(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push({ index: mdy.index, date: isoDate(Number(mdy[3]), monthIndex(mdy[1]!), Number(mdy[2])) });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push({ index: dmy.index, date: isoDate(Number(dmy[3]), monthIndex(dmy[2]!), Number(dmy[1])) });
  const valid = candidates.filter((c) => c.date !== null && c.date <= today).sort((a, b) => a.index - b.index);
  return valid[0]?.date ?? null;
}

interface WeekdayDate {
  words: string;
  weekday: number;
  month0: number;
  day: number;
}

/** "Monday, September 19" or "Monday 19 September": a date without its year. */
export function findWeekdayDate(text: string): WeekdayDate | null {
  const md = WEEKDAY_MONTH_DAY.exec(text);
  if (md) return { words: md[0], weekday: WEEKDAYS.indexOf(md[1]!.toLowerCase()), month0: monthIndex(md[2]!), day: Number(md[3]) };
  const dm = WEEKDAY_DAY_MONTH.exec(text);
  if (dm) return { words: dm[0], weekday: WEEKDAYS.indexOf(dm[1]!.toLowerCase()), month0: monthIndex(dm[3]!), day: Number(dm[2]) };
  return null;
}

/** The only date in the window that falls on that weekday, month and day; null if none or several. */
export function resolveInWindow(found: WeekdayDate, window: DateWindow): string | null {
  const fromYear = Number(window.from.slice(0, 4));
  const toYear = Number(window.to.slice(0, 4));
  const matches: string[] = [];
  for (let year = fromYear; year <= toYear && toYear - fromYear < 400; year++) {
    const date = isoDate(year, found.month0, found.day);
    if (!date || date < window.from || date > window.to) continue;
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === found.weekday) matches.push(date);
  }
  return matches.length === 1 ? matches[0]! : null;
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

export interface DateInputs {
  explicit: string | null;
  text: string;
  today: string;
  window: DateWindow | null;
}

/** Applies the rules in order: metadata, a full date in the text, a weekday date in the window, the bare words. */
export function resolveDate({ explicit, text, today, window }: DateInputs): ResolvedDate {
  const weekdayDate = findWeekdayDate(text);
  const dateText = weekdayDate?.words ?? null;
  if (explicit) return { date: explicit, dateText: null, how: 'metadata' };
  const full = findFullDate(text, today);
  if (full) return { date: full, dateText: null, how: 'text' };
  if (weekdayDate && window) {
    const resolved = resolveInWindow(weekdayDate, window);
    if (resolved) return { date: resolved, dateText: null, how: 'window' };
  }
  return weekdayDate ? { date: null, dateText, how: 'unresolved' } : { date: null, dateText: null, how: 'none' };
}
