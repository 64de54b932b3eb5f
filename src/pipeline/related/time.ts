// Publication dates: articles on one story appear within days of each other.

const DAY_MS = 86_400_000;

/** Day number of a YYYY-MM-DD date (NaN when absent or not a date). */
export function dayNumber(date: string | null | undefined): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return NaN;
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? NaN : Math.round(ms / DAY_MS);
}

export interface TimeSettings {
  /** How much of the score rides on publication dates: at most this share is lost for articles far apart. */
  weight: number;
  /** Days over which closeness fades to 1/e: about a news cycle. */
  scaleDays: number;
}

export const defaultTimeSettings: TimeSettings = { weight: 0.3, scaleDays: 7 };

/**
 * Multiplier in [1 - weight, 1] for a pair's similarity: 1 on the same day, fading with the gap.
 * When either date is unknown the pair sits halfway, so undated articles are neither favoured nor buried.
 */
export function timeFactor(dayA: number, dayB: number, settings: TimeSettings = defaultTimeSettings): number {
  const closeness = Number.isNaN(dayA) || Number.isNaN(dayB) ? 0.5 : Math.exp(-Math.abs(dayA - dayB) / settings.scaleDays);
  return 1 - settings.weight * (1 - closeness);
}
