// Which earlier statements a statement can answer, by type: what its response cue names, or what the exchange
// table lets it answer without a cue. A statement that can answer nothing needs no history at all, and stores
// keep the cue's part as one integer per statement (answerCueMask), so finding the stored statements a new one
// may be the answer to reads only those that can answer it.

import {
  quadClassOf,
  RELATION_TYPES,
  SchemaViolationError,
  type RelationRecord,
  type RelationType,
} from "../../graph-schema/index.ts";
import { findResponseCue } from "./find-response-cue.ts";
import { exchangeStrength, type ResponseExchangeTable } from "./response-exchange-table.ts";

/** What a cue that names no kind of statement ("dismissed the remarks") can answer: any verbal conflict. */
export const VERBAL_CONFLICT_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (type) => quadClassOf(type) === "VERBAL_CONFLICT",
);

/** The bit of `type` in an answer-cue mask: its place in RELATION_TYPES. */
export const answerCueBit = (type: RelationType): number => 2 ** RELATION_TYPES.indexOf(type);

/** The answer-cue mask bit saying the statement's cue is absent or neutral, so the exchange table applies. */
export const NEUTRAL_CUE_BIT = 2 ** RELATION_TYPES.length;

// One bit per type and the neutral bit must stay within JavaScript's 31-bit-safe bit operators.
if (RELATION_TYPES.length > 30) {
  throw new SchemaViolationError(
    `answer-cue masks hold at most 30 relation types, found ${RELATION_TYPES.length}: widen answerCueMask before adding types`,
  );
}

/**
 * The version of what answerCueMask computes. Bump it whenever findResponseCue or answerCueMask changes what a
 * statement can answer (the answerCueMask tests show such a change): stores recompute their kept masks when it
 * differs from the one they were made with.
 */
export const ANSWER_CUE_RULES_VERSION = 4;

/** The fields of a statement its answer-cue mask depends on. */
export type AnswerCueInput = Pick<RelationRecord, "negated" | "sentence" | "cue" | "offsets">;

/**
 * What `statement` can answer whatever the exchange table: bit `answerCueBit(t)` for each type its explicit
 * cue names (every verbal conflict for a cue that names none), plus NEUTRAL_CUE_BIT when the cue is absent or
 * neutral, so the exchange table decides by its type. 0 for a negated statement, which answers nothing. Below
 * 2^25: a plain integer for stores, and safe for JavaScript's 32-bit bit operators.
 * @example answerCueMask(peskovRejectsAccusations) & answerCueBit("ACCUSE"); // non-zero
 */
export function answerCueMask(statement: AnswerCueInput): number {
  if (statement.negated) return 0;
  const cue = findResponseCue(statement);
  const neutral = cue === null || (cue.answers === null && !cue.statesContent);
  let mask = neutral ? NEUTRAL_CUE_BIT : 0;
  for (const type of new Set(cue === null ? [] : (cue.answers ?? VERBAL_CONFLICT_TYPES))) mask |= answerCueBit(type);
  return mask;
}

/** Whether a statement of `type` with answer-cue mask `mask` can answer a statement of type `answered`. */
export function maskAnswers(
  mask: number,
  type: RelationType,
  answered: RelationType,
  exchanges: ResponseExchangeTable,
): boolean {
  if ((mask & answerCueBit(answered)) !== 0) return true;
  return (mask & NEUTRAL_CUE_BIT) !== 0 && exchangeStrength(exchanges, answered, type) > 0;
}

/** The types whose statements answer a statement of type `answered` by the exchange table alone (no cue). */
export function typesAnsweringByExchange(answered: RelationType, exchanges: ResponseExchangeTable): RelationType[] {
  return RELATION_TYPES.filter((type) => exchangeStrength(exchanges, answered, type) > 0);
}

/**
 * The types (as answerableStatement sees them: an own denial is a DENY) of the earlier statements `statement`
 * may answer, in vocabulary order; empty when it answers nothing (negated, or uncued with no exchange). The same
 * rule the linker applies: an explicit cue's types, plus the exchange table's when the cue is neutral or absent.
 * @example answeredTypes(peskovRejectsAccusations, DEFAULT_RESPONSE_EXCHANGES); // ["ACCUSE", "CRITICIZE", "INVESTIGATE", …]
 */
export function answeredTypes(
  statement: AnswerCueInput & Pick<RelationRecord, "type">,
  exchanges: ResponseExchangeTable,
): RelationType[] {
  const mask = answerCueMask(statement);
  return mask === 0 ? [] : RELATION_TYPES.filter((answered) => maskAnswers(mask, statement.type, answered, exchanges));
}
