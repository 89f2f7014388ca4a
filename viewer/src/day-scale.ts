// Maps ISO dates to whole-day slider positions and back (UTC), for the time slider over statement dates.

const DAY_MS = 86_400_000;

/** A range of days from `first` to `last` inclusive; dates may carry a time, which is ignored. */
export interface DayScale {
  first: string;
  last: string;
  /** Number of slider steps: days between first and last. */
  days: number;
}

const toUtcMs = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/** The scale between two dates, or null when either is missing or malformed or they are out of order. */
export function createDayScale(first: string | null, last: string | null): DayScale | null {
  if (!first || !last) return null;
  const a = toUtcMs(first);
  const b = toUtcMs(last);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return null;
  return { first: first.slice(0, 10), last: last.slice(0, 10), days: Math.round((b - a) / DAY_MS) };
}

/** Slider position of a date, clamped to the scale. */
export function dayIndex(scale: DayScale, date: string): number {
  const index = Math.round((toUtcMs(date) - toUtcMs(scale.first)) / DAY_MS);
  return Number.isFinite(index) ? Math.max(0, Math.min(scale.days, index)) : 0;
}

/** ISO date at a slider position. */
export function dateAt(scale: DayScale, index: number): string {
  const clamped = Math.max(0, Math.min(scale.days, Math.round(index)));
  return new Date(toUtcMs(scale.first) + clamped * DAY_MS).toISOString().slice(0, 10);
}
