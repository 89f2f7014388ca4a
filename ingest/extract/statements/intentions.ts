// Declared hostile intentions are threats: "Russia threatened to strike British military facilities", "NATO is ready
// to punish Russia", "vowed to retaliate against Moscow" state no strike and no punishment, but a threat by the
// subject against the target of the act it declares. Runs after modality, on statements whose act is unrealised.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import { nounLemma } from "../clauses/find-clauses.ts";
import type { Statement, StatementContext } from "./statement.ts";

/** Acts whose declaration against someone is a threat. */
const HOSTILE: ReadonlySet<RelationType> = new Set(["ATTACK", "SANCTION", "COERCE", "FIGHT", "MOBILIZE"]);
/** Heads (verbs, adjectives, nouns) that declare the act under them. */
const DECLARING = new Set([
  "threaten",
  "ready",
  "prepared",
  "poised",
  "vow",
  "pledge",
  "promise",
  "warn",
  "threat",
  "readiness",
]);

/** The declaring head above `predicate` through xcomp/acl/ccomp, or -1. */
function declaringHead(context: StatementContext, predicate: number): number {
  let current = predicate;
  for (let steps = 0; steps < 3; steps++) {
    const token = context.tree.tokens[current] as Token;
    if (token.head < 0 || !/^(xcomp|acl|ccomp|advcl)/.test(token.deprel)) return -1;
    const head = context.tree.tokens[token.head] as Token;
    const lemma = head.upos === "VERB" ? context.lexicon.verbLemma(head.lower) : nounLemma(head.lower);
    if (DECLARING.has(lemma)) return token.head;
    current = token.head;
  }
  return -1;
}

/** Replaces each declared, unrealised hostile act by the subject's threat against its target. */
export function declaredThreats(context: StatementContext, statements: Statement[]): Statement[] {
  return statements.map((statement) => {
    if (!HOSTILE.has(statement.type) || !statement.hypothetical || statement.negated) return statement;
    const head = declaringHead(context, statement.predicate);
    if (head < 0) return statement;
    return { ...statement, type: "THREATEN", predicate: head, scope: head, hypothetical: false };
  });
}
