// The publication date written in an article's own text when the input gives none: a short date line near the
// top ("Updated 1 Dec, 2021 18:49", "January 25, 2022") or a wire dateline ("KYIV, 25 January 2022 (Reuters) –").
// Dates inside ordinary sentences are event dates, not publication dates, and are not used.

import { findDate } from "./normalise-date.ts";

/** A paragraph up to this length that holds a date is a date line. */
export const MAX_DATE_LINE_CHARS = 120;
const DATELINE_START = /^[\p{Lu}][\p{Lu}.'’/ -]{1,40},/u;

/**
 * The ISO date of the first date line among the first `limit` paragraphs, or null.
 * @example findDateLine(["Talks end", "By Jane Roe | January 25, 2022"], 6) // "2022-01-25"
 */
export function findDateLine(paragraphs: readonly string[], limit: number): string | null {
  for (const paragraph of paragraphs.slice(0, limit)) {
    const date = findDate(paragraph.length <= MAX_DATE_LINE_CHARS ? paragraph : paragraph.slice(0, 60));
    if (date === null) continue;
    if (DATELINE_START.test(paragraph) && date.index < 40) return date.iso;
    // A short line that is not a sentence: a date, with a label, byline or time around it.
    const rest = (paragraph.slice(0, date.index) + paragraph.slice(date.index + date.length)).split(/\s+/).filter(Boolean);
    if (paragraph.length <= MAX_DATE_LINE_CHARS && !/[.!?"”]$/.test(paragraph) && rest.length <= 8) return date.iso;
  }
  return null;
}
