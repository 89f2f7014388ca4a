// The publication time written in a file's name, used when nothing better dates the article: a GDELT-style
// timestamp (`20220125T090000Z_GB_en_….txt`), an ISO date with an optional time (`2022-01-25-talks.txt`,
// `news_2022-01-25T09:30.html`) or a compact date prefix (`20220125-talks.txt`). Only real calendar dates from 1990
// to 2100 count; a number that merely looks like one (`report-20229999.txt`) does not.

import { basename } from "node:path";
import { isIsoDate } from "../../graph-schema/iso-date.ts";

const GDELT_STAMP = /(?:^|[^\d])(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)(?!\d)/;
const ISO_DATE_TIME = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[T_ ](\d{2})[:-]?(\d{2})(?:[:-]?(\d{2}))?(Z?))?(?!\d)/;
const COMPACT_DATE_PREFIX = /^(\d{4})(\d{2})(\d{2})(?=[^\d]|$)/;

function inRange(year: string): boolean {
  return Number(year) >= 1990 && Number(year) <= 2100;
}

function timeOf(hour: string | undefined, minute: string | undefined, second: string | undefined, zone: string | undefined): string {
  if (hour === undefined || minute === undefined || Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) {
    return "";
  }
  return `T${hour}:${minute}:${second ?? "00"}${zone ?? ""}`;
}

/**
 * The ISO date (or date-time) a file name carries, or null.
 * @example fileNameDate("corpus/20220125T090000Z_GB_en_7d015e6984.txt") // "2022-01-25T09:00:00Z"
 * @example fileNameDate("2022-01-25-talks-in-geneva.md") // "2022-01-25"
 */
export function fileNameDate(path: string): string | null {
  const name = basename(path);
  const gdelt = GDELT_STAMP.exec(name);
  if (gdelt) {
    const [, year, month, day, hour, minute, second, zone] = gdelt as unknown as string[];
    const date = `${year}-${month}-${day}`;
    if (inRange(year!) && isIsoDate(date)) return date + timeOf(hour, minute, second, zone);
  }
  const iso = ISO_DATE_TIME.exec(name);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso as unknown as (string | undefined)[];
    const date = `${year}-${month}-${day}`;
    if (inRange(year!) && isIsoDate(date)) return date + timeOf(hour, minute, second, zone);
  }
  const compact = COMPACT_DATE_PREFIX.exec(name);
  if (compact) {
    const date = `${compact[1]}-${compact[2]}-${compact[3]}`;
    if (inRange(compact[1]!) && isIsoDate(date)) return date;
  }
  return null;
}
