// The response linker asks for earlier statements pair by pair and window by window, and a batch repeats pairs
// (every statement about Russia by a member of NATO asks again). Stores answer the merged list: one request
// per ordered pair and run of overlapping windows, in a stable order.

import { RELATION_TYPES, type RelationType } from "../../graph-schema/index.ts";
import type { HistoryRequest } from "../../ingest/respond/response-history.ts";

/** ISO day after `day` (windows that touch are merged too). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The types a merged request wants: all of both (undefined wants every type). */
function unionTypes(
  a: readonly RelationType[] | undefined,
  b: readonly RelationType[] | undefined,
): readonly RelationType[] | undefined {
  if (a === undefined || b === undefined) return undefined;
  const union = new Set([...a, ...b]);
  return RELATION_TYPES.filter((type) => union.has(type));
}

/**
 * Merges `requests` into one request per ordered pair and run of overlapping or adjacent day windows, wanting the
 * union of their types and every statement of them (the `latest` and `newStatement` hints hold for one window, so
 * merged requests drop them); the merged list matches every statement the original one matches, possibly more.
 * Sorted by pair, then window. `anyObject` requests are no pair requests: they are left out (see articleClaimRequests).
 * @example
 * mergeHistoryRequests([{ subject: "nato", object: "russia", from: "2022-02-01", to: "2022-02-10" },
 *   { subject: "nato", object: "russia", from: "2022-02-05", to: "2022-02-20" }]);
 * // [{ subject: "nato", object: "russia", from: "2022-02-01", to: "2022-02-20" }]
 */
export function mergeHistoryRequests(requests: readonly HistoryRequest[]): HistoryRequest[] {
  const byPair = new Map<string, HistoryRequest[]>();
  for (const request of requests) {
    if (request.from > request.to || request.anyObject) continue;
    const key = `${request.subject}\u0000${request.object}`;
    const list = byPair.get(key);
    if (list) list.push(request);
    else byPair.set(key, [request]);
  }
  const merged: HistoryRequest[] = [];
  for (const key of [...byPair.keys()].sort()) {
    const windows = (byPair.get(key) as HistoryRequest[]).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    let current: HistoryRequest | null = null;
    for (const { subject, object, from, to, types } of windows) {
      if (current !== null && (from <= current.to || from === nextDay(current.to))) {
        if (to > current.to) current.to = to;
        current.types = unionTypes(current.types, types);
        continue;
      }
      current = types === undefined ? { subject, object, from, to } : { subject, object, from, to, types };
      merged.push(current);
    }
  }
  return merged;
}

/**
 * The `anyObject` requests of `requests` (every statement of an article by a speaker or its members), once per
 * article and speaker, sorted.
 */
export function articleClaimRequests(requests: readonly HistoryRequest[]): { article: string; subject: string }[] {
  const keys = new Map<string, { article: string; subject: string }>();
  for (const { anyObject, article, subject } of requests) {
    if (anyObject && article !== undefined) keys.set(`${article}\u0000${subject}`, { article, subject });
  }
  return [...keys.keys()].sort().map((key) => keys.get(key) as { article: string; subject: string });
}
