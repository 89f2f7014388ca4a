// Dates as written in news ("1 Dec, 2021 18:49", "January 25, 2022", "25.01.2022", ISO) to ISO 8601. Only dates that
// name their year are read: a day and month alone ("28 January") cannot be placed and give null.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";

const PATTERNS: readonly { regex: RegExp; order: "ymd" | "dmy" | "mdy" | "dMy" | "Mdy" | "slash" }[] = [
  { regex: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`), order: "ymd" },
  { regex: new RegExp(`\\b${YEAR}/(\\d{1,2})/(\\d{1,2})\\b`), order: "ymd" },
  { regex: new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}\\b`), order: "dmy" },
  { regex: new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b`), order: "slash" },
  { regex: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}\\b`, "i"), order: "dMy" },
  { regex: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, "i"), order: "Mdy" },
];

export interface DateMatch {
  /** `YYYY-MM-DD`. */
  iso: string;
  index: number;
  length: number;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(".", "").slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0;
}

/**
 * The first date with a year in `text`, as `YYYY-MM-DD`. Slashed dates are read only when unambiguous
 * (`25/01/2022`, `01/25/2022`), never `03/04/2022`.
 * @example findDate("Updated 1 Dec, 2021 18:49")?.iso // "2021-12-01"
 */
export function findDate(text: string): DateMatch | null {
  let best: DateMatch | null = null;
  for (const { regex, order } of PATTERNS) {
    const match = regex.exec(text);
    if (!match || (best !== null && match.index >= best.index)) continue;
    const [whole, a = "", b = "", c = ""] = match;
    let iso: string | null = null;
    if (order === "ymd") iso = isoDate(Number(a), Number(b), Number(c));
    else if (order === "dmy") iso = isoDate(Number(c), Number(b), Number(a));
    else if (order === "dMy") iso = isoDate(Number(c), monthNumber(b), Number(a));
    else if (order === "Mdy") iso = isoDate(Number(c), monthNumber(a), Number(b));
    else if (Number(a) > 12) iso = isoDate(Number(c), Number(b), Number(a));
    else if (Number(b) > 12) iso = isoDate(Number(c), Number(a), Number(b));
    if (iso !== null) best = { iso, index: match.index, length: whole.length };
  }
  return best;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Normalises a given publication date: ISO dates stay `YYYY-MM-DD`; date-times with a zone become
 * `YYYY-MM-DDTHH:MM:SS±HH:MM` (or `Z`); date-times without a zone, and other formats, give the date alone.
 * Unreadable values give null: a wrong date is worse than none.
 * @example normaliseDate("2022-01-26 14:05:00+0100") // "2022-01-26T14:05:00+01:00"
 */
export function normaliseDate(value: string): string | null {
  const text = value.trim();
  const dateTime = ISO_DATE_TIME.exec(text);
  if (dateTime) {
    const [, day = "", hours = "", minutes = "", seconds = "00", fraction = "", zone] = dateTime;
    const iso = findDate(day)?.iso ?? null;
    if (iso === null || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
    if (zone === undefined) return iso;
    const offset = zone.toUpperCase() === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return `${iso}T${hours}:${minutes}:${seconds}${fraction}${offset}`;
  }
  return findDate(text)?.iso ?? null;
}
