// The statements the response linker weighs (candidates) and the order they were made in: date, time of day,
// input order, place in the article, then id, so no choice depends on how the statements were stored or batched.

import { compareStatementTimes, type DatedStatement } from "./dated-statement.ts";

/** A statement the linker may link to, with its article's place in input order (see storedSequence). */
export interface Candidate {
  statement: DatedStatement;
  sequence: number;
  viaAffiliation: boolean;
}

/**
 * Input order of a candidate's article, for statements of one day in different articles: a stored one by the
 * store's ingestion order (`order`), before every new one; so a link is the same whether the two articles came
 * in one batch or two (the order `extract` sees them in).
 */
export const NEW_SEQUENCE = 2 ** 50;
export const storedSequence = (statement: DatedStatement): number => statement.order ?? -1;

/** Orders candidates by when they were made: date, time of day, input order, position in the article, then id. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    compareStatementTimes(a.statement.date, b.statement.date) ||
    a.sequence - b.sequence ||
    a.statement.offsets.sentence[0] - b.statement.offsets.sentence[0] ||
    a.statement.offsets.verb[0] - b.statement.offsets.verb[0] ||
    // Two statements of one verb (or identical offsets) in any order: by id, so no choice depends on storage order.
    (a.statement.id < b.statement.id ? -1 : a.statement.id > b.statement.id ? 1 : 0)
  );
}

/** The latest of `candidates` (compareCandidates), or null when there is none. */
export function latest(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) if (best === null || compareCandidates(candidate, best) > 0) best = candidate;
  return best;
}
