// Stopped cooperation: a verb that stops or leaves a cooperative act ("cancelled a summit with Russia", "suspended
// talks with Minsk", "withdrew from talks with Moscow", "pulled out of the grain deal") reduces relations with its
// partner (CAMEO 16, SANCTION), whichever way the CAMEO dictionary lists the verb.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { Clause, ClauseArgument } from "../clauses/clause.ts";
import { nounLemma } from "../clauses/find-clauses.ts";
import { COOPERATIVE_TYPES, isStoppingVerb } from "../lexicon/nominal-events.ts";
import { typeOfNoun } from "./event-noun-readings.ts";
import type { StatementContext } from "./statement.ts";

/** Verbs of leaving, which stop the cooperative act they leave ("withdrew from talks", "pulled out of the deal"). */
const LEAVING_VERBS = new Set(["withdraw", "exit", "quit", "pull"]);

/**
 * The cooperative act a verb stops ("cancelled a summit": MEET, "broke off talks", "withdrew from talks with Moscow":
 * NEGOTIATE), with the argument that names it, or null.
 */
export function stoppedCooperation(
  context: StatementContext,
  clause: Clause,
  objects: readonly ClauseArgument[],
  obliques: readonly ClauseArgument[],
): { type: RelationType; event: ClauseArgument } | null {
  const stopping = isStoppingVerb(clause.lemma, clause.after.has("off"));
  const leaving =
    LEAVING_VERBS.has(clause.lemma) &&
    (clause.lemma !== "pull" || clause.particle === "out" || clause.adverbs.has("out"));
  if (!stopping && !leaving) return null;
  const left = leaving ? obliques.filter((a) => a.preposition === "from" || a.preposition === "of") : [];
  for (const event of [...(stopping ? objects : []), ...left]) {
    const type = typeOfNoun(context, nounLemma((context.tree.tokens[event.head] as Token).lower), clause, true);
    if (type !== null && COOPERATIVE_TYPES.has(type)) return { type, event };
  }
  return null;
}
