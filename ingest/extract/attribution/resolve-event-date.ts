// Resolves the date words of a sentence ("on Sunday", "last week", "on December 7", "yesterday") against the
// article's publication date into an ISO day; falls back to the publication day, else null.

import type { Token } from "../../nlp/analyze-text.ts";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../nlp/calendar-words.ts";

const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const MONTHS: readonly string[] = MONTH_NAMES;
const MS_PER_DAY = 86_400_000;
/** A month-day more than this many days after publication is taken to be in the previous year. */
const MAX_FUTURE_DAYS = 31;

const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^(19|20)\d\d$/;

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** Parses the publication date (ISO date or date-time) to UTC midnight, or null. */
export function publicationDay(published: string | null): number | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The event date for a sentence's tokens; `tokens` should be the sentence's date tokens in order. */
export function resolveEventDate(tokens: readonly Token[], published: string | null): string | null {
  const base = publicationDay(published);
  if (base === null) return null;
  const dated = tokens.filter((token) => token.inDate || WEEKDAYS.includes(token.lower) || token.lower === "yesterday");
  for (let i = 0; i < dated.length; i++) {
    const word = (dated[i] as Token).lower;
    const previous = (dated[i - 1] as Token | undefined)?.lower;
    if (word === "yesterday") return isoDay(base - MS_PER_DAY);
    if (word === "today" || word === "tonight") return isoDay(base);
    if (word === "week" && previous === "last") return isoDay(base - 7 * MS_PER_DAY);
    const weekday = WEEKDAYS.indexOf(word);
    if (weekday >= 0) {
      const back = (new Date(base).getUTCDay() - weekday + 7) % 7;
      return isoDay(base - back * MS_PER_DAY);
    }
    const month = MONTHS.indexOf(word);
    if (month >= 0) {
      const next = (dated[i + 1] as Token | undefined)?.text ?? "";
      const day = Number(DAY.exec(next)?.[1] ?? DAY.exec(previous ?? "")?.[1] ?? NaN);
      if (!Number.isInteger(day) || day < 1 || day > 31) continue;
      const written =
        YEAR.exec((dated[i + 2] as Token | undefined)?.text ?? "")?.[0] ??
        YEAR.exec((dated[i + 1] as Token | undefined)?.text ?? "")?.[0];
      const year = written ? Number(written) : new Date(base).getUTCFullYear();
      let time = Date.UTC(year, month, day);
      if (!written && time - base > MAX_FUTURE_DAYS * MS_PER_DAY) time = Date.UTC(year - 1, month, day);
      return isoDay(time);
    }
  }
  return isoDay(base);
}
