// Calendar dates as the graph writes them (YYYY-MM-DD): one pattern and one check shared by the extraction
// contract, the CLI's date flags and the HTTP API's date parameters.

/** A date written YYYY-MM-DD (shape only; `isIsoDate` also checks the calendar). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `value` is a real calendar date written YYYY-MM-DD ("2024-02-29" yes, "2023-02-29" and "2022-13-01" no).
 * @example isIsoDate("2022-02-24"); // true
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
