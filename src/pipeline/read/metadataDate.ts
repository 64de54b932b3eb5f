// Calendar dates as metadata gives them: "2022-09-19" or a timestamp, checked to be a real day.

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
