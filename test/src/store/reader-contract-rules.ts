// The rules the reader contract works its expected answers out by, written from what the stores document (not from
// either store's code): which statements a filter lets through, a statement's day, counting and ordering helpers.

import { quadClassOf, type RelationRecord, type StatementFilter } from "../../../graph-schema/index.ts";
import type { GraphBatch, GraphStore } from "../../../src/store/graph-store.ts";

export interface ReaderCase {
  name: string;
  /** What the store answers, reduced to what the contract compares. */
  ask(store: GraphStore): Promise<unknown>;
  /** The answer worked out from the batch. */
  expected: unknown;
}

export const asserted = (r: RelationRecord): boolean => !r.negated && !r.hypothetical;

/** Strings in code-unit order (as both stores compare ids), for sort(). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byDateThenId = (a: RelationRecord, b: RelationRecord): number =>
  byText(a.eventDate ?? "", b.eventDate ?? "") || byText(a.id, b.id);

export const count = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/** A statement's day: its event date, else its article's publication date (YYYY-MM-DD), else none. */
export function dayOf(batch: GraphBatch): (r: RelationRecord) => string | null {
  const published = new Map(batch.articles.map((a) => [a.id, a.published]));
  return (r) => (r.eventDate ?? published.get(r.article) ?? null)?.slice(0, 10) ?? null;
}

/** Whether a statement passes the shared statement filter (negated and hypothetical ones only when asked for). */
export function passesFilter(batch: GraphBatch, filter: StatementFilter): (r: RelationRecord) => boolean {
  const day = dayOf(batch);
  const source = new Map(batch.articles.map((a) => [a.id, a.source]));
  const actorType = new Map(batch.actors.map((a) => [a.id, a.type]));
  return (r) => {
    const d = day(r);
    const s = source.get(r.article) ?? null;
    return (
      (!filter.relationTypes?.length || filter.relationTypes.includes(r.type)) &&
      (!filter.quads?.length || filter.quads.includes(quadClassOf(r.type))) &&
      (!filter.from || (d !== null && d >= filter.from)) &&
      (!filter.to || (d !== null && d <= filter.to)) &&
      (!filter.sources?.length || (s !== null && filter.sources.includes(s))) &&
      (filter.includeNegated === true || !r.negated) &&
      (filter.includeHypothetical === true || !r.hypothetical) &&
      (!filter.minConfidence || r.confidence >= filter.minConfidence) &&
      (!filter.actorTypes?.length ||
        [r.subject, r.object].every((id) => filter.actorTypes!.includes(actorType.get(id)!)))
    );
  };
}
