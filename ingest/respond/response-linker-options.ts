// Options of the response linker, the sigma way: an interface, its defaults, and a resolver that validates.

import { UsageError } from "../../graph-schema/index.ts";
import { DEFAULT_RESPONSE_EXCHANGES, type ResponseExchangeTable } from "./response-exchange-table.ts";

export interface ResponseLinkerOptions {
  /** How far back an implicit answer may reach, in days. */
  windowDays: number;
  /** How far back a statement with an explicit cue ("rejected the accusations") may reach, in days. */
  explicitWindowDays: number;
  exchanges: ResponseExchangeTable;
  /** Links below this confidence are not returned. */
  minConfidence: number;
  /**
   * Confidence of an explicit link to a statement of the same article, and of one across articles on the same
   * day (it falls linearly to half at `explicitWindowDays`, as an implicit link does over `windowDays`).
   */
  explicitSameArticleConfidence: number;
  explicitCrossArticleConfidence: number;
  /** Factor when the answered statement was about the responder's country or organisation, not the responder. */
  affiliationFactor: number;
  /** Factor when either statement is hypothetical. */
  hypotheticalFactor: number;
}

export const DEFAULT_RESPONSE_WINDOW_DAYS = 14;
export const DEFAULT_EXPLICIT_RESPONSE_WINDOW_DAYS = 30;

export const DEFAULT_RESPONSE_LINKER_OPTIONS: Readonly<ResponseLinkerOptions> = {
  windowDays: DEFAULT_RESPONSE_WINDOW_DAYS,
  explicitWindowDays: DEFAULT_EXPLICIT_RESPONSE_WINDOW_DAYS,
  exchanges: DEFAULT_RESPONSE_EXCHANGES,
  minConfidence: 0.2,
  explicitSameArticleConfidence: 0.9,
  explicitCrossArticleConfidence: 0.8,
  affiliationFactor: 0.85,
  hypotheticalFactor: 0.8,
};

function check(ok: boolean, name: string, expected: string, found: unknown): void {
  if (!ok)
    throw new UsageError(`response linker: ${name} must be ${expected}, found ${String(found)}`, {
      hint: `omit ${name} to use the default`,
    });
}

/** Defaults filled in and values checked; throws UsageError naming the bad option. */
export function resolveResponseLinkerOptions(partial: Partial<ResponseLinkerOptions> = {}): ResponseLinkerOptions {
  const options = { ...DEFAULT_RESPONSE_LINKER_OPTIONS, ...partial };
  check(
    Number.isInteger(options.windowDays) && options.windowDays >= 0,
    "windowDays",
    "a whole number of days ≥ 0",
    options.windowDays,
  );
  check(
    Number.isInteger(options.explicitWindowDays) && options.explicitWindowDays >= 0,
    "explicitWindowDays",
    "a whole number of days ≥ 0",
    options.explicitWindowDays,
  );
  for (const key of [
    "minConfidence",
    "explicitSameArticleConfidence",
    "explicitCrossArticleConfidence",
    "affiliationFactor",
    "hypotheticalFactor",
  ] as const) {
    check(options[key] >= 0 && options[key] <= 1, key, "a number from 0 to 1", options[key]);
  }
  return options;
}
