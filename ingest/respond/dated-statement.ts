// A statement with the date it was made (its event date, else its article's publication time), and the time
// arithmetic the response linker needs: ordering, day lags, and windows.

import type { ArticleRecord, RelationRecord } from "../../graph-schema/index.ts";

export interface DatedStatement extends RelationRecord {
  /** The event date, else the article's publication date or date-time; null when neither is known. */
  date: string | null;
  /** For a stored statement, where its article stands in input order (the store's ingestion sequence). */
  order?: number;
}

const MS_PER_DAY = 86_400_000;

/** Dates a relation from its event date or its article (looked up in `articles`). */
export function datedStatement(relation: RelationRecord, articles: ReadonlyMap<string, ArticleRecord>): DatedStatement {
  return { ...relation, date: relation.eventDate ?? articles.get(relation.article)?.published ?? null };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The day part of an ISO date or date-time, or null when it is not one. */
export function dayOf(date: string | null): string | null {
  return date !== null && ISO_DAY.test(date) ? date.slice(0, 10) : null;
}

/** Days since 1970-01-01 of ISO days seen (a few thousand distinct ones even over decades of news). */
const dayNumbers = new Map<string, number>();
const MAX_REMEMBERED_DAYS = 100_000;

/** Days since 1970-01-01 of an ISO day (the linker asks for the same few days millions of times on a large store). */
function dayNumber(day: string): number {
  let number = dayNumbers.get(day);
  if (number === undefined) {
    if (dayNumbers.size >= MAX_REMEMBERED_DAYS) dayNumbers.clear();
    number = Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
    dayNumbers.set(day, number);
  }
  return number;
}

/** Whole days from `earlier` to `later` (negative when `later` is before), or null when either is undated. */
export function lagInDays(earlier: string | null, later: string | null): number | null {
  const a = dayOf(earlier);
  const b = dayOf(later);
  if (a === null || b === null) return null;
  return Math.round(dayNumber(b) - dayNumber(a));
}

/**
 * The entries of `sorted` (in ascending `day` order) whose day is from `from` to `to` inclusive, by binary search.
 * @example inDayWindow([{ day: "2022-02-01" }, { day: "2022-02-20" }], "2022-02-10", "2022-02-28"); // the second
 */
export function inDayWindow<T extends { day: string }>(sorted: readonly T[], from: string, to: string): T[] {
  let low = 0;
  for (let high = sorted.length; low < high;) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as T).day < from) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && (sorted[end] as T).day <= to) end++;
  return sorted.slice(low, end);
}

/** The ISO day `days` after `date` (before, when negative). */
export function shiftDay(date: string, days: number): string {
  return new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Compares when two statements were made: by day, then by time of day when both carry one; 0 when the dates
 * cannot tell them apart (same day without times), so the caller falls back to input order.
 */
export function compareStatementTimes(a: string | null, b: string | null): number {
  const dayA = dayOf(a);
  const dayB = dayOf(b);
  if (dayA === null || dayB === null) return 0;
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  const timed = (a as string).length > 10 && (b as string).length > 10;
  if (!timed) return 0;
  const diff = Date.parse(a as string) - Date.parse(b as string);
  return Number.isNaN(diff) || diff === 0 ? 0 : Math.sign(diff);
}
