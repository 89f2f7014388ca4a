// Which earlier statements a statement can answer, by type: what its response cue names, or what the exchange
// table lets it answer without a cue. A statement that can answer nothing needs no history at all.

import { quadClassOf, RELATION_TYPES, type RelationType } from "../../graph-schema/index.ts";
import type { DatedStatement } from "./dated-statement.ts";
import { findResponseCue } from "./find-response-cue.ts";
import type { ResponseExchangeTable } from "./response-exchange-table.ts";

/** What a cue that names no kind of statement ("dismissed the remarks") can answer: any verbal conflict. */
export const VERBAL_CONFLICT_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (type) => quadClassOf(type) === "VERBAL_CONFLICT",
);

/**
 * The types (as answerableStatement sees them: an own denial is a DENY) of the earlier statements `statement`
 * may answer, in vocabulary order; empty when it answers nothing (negated, or uncued with no exchange). The same
 * rule the linker applies: an explicit cue's types, plus the exchange table's when the cue is neutral or absent.
 * @example answeredTypes(peskovRejectsAccusations, DEFAULT_RESPONSE_EXCHANGES); // ["ACCUSE", "CRITICIZE", "INVESTIGATE", …]
 */
export function answeredTypes(statement: DatedStatement, exchanges: ResponseExchangeTable): RelationType[] {
  if (statement.negated) return [];
  const cue = findResponseCue(statement);
  const neutral = cue === null || (cue.answers === null && !cue.statesContent);
  const types = new Set<RelationType>(cue === null ? [] : (cue.answers ?? VERBAL_CONFLICT_TYPES));
  if (neutral) {
    for (const earlier of RELATION_TYPES) if ((exchanges[earlier]?.[statement.type] ?? 0) > 0) types.add(earlier);
  }
  return RELATION_TYPES.filter((type) => types.has(type));
}
