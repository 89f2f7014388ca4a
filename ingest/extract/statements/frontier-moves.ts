// Armed forces moved at a frontier: sent or massed there is a build-up (MOBILIZE), withdrawn, pulled back or moved
// away from it a retreat (RETREAT); either is aimed at whoever holds the frontier ("the Ukrainian border", "the
// border with Ukraine").

import type { Token } from "../../nlp/analyze-text.ts";
import { FRONTIERS } from "../clauses/argument-actors.ts";
import type { Clause, ClauseArgument } from "../clauses/clause.ts";
import { nounLemma, prepositionOf } from "../clauses/find-clauses.ts";
import type { StatementContext } from "./statement.ts";

/** Whether the clause moves armed forces (the dictionary's &MILITARY nouns) to a frontier ("sent troops to the border"). */
export function sendsForcesToFrontier(
  context: StatementContext,
  targets: readonly ClauseArgument[],
  obliques: readonly ClauseArgument[],
): boolean {
  const lemma = (a: ClauseArgument): string => nounLemma((context.tree.tokens[a.head] as Token).lower);
  return obliques.some((a) => FRONTIERS.has(lemma(a))) && targets.some((a) => isForces(context, a.head));
}

/** Words that name a part or a number of what their "of" phrase names ("some of the troops", "part of its forces"). */
const PARTS = new Set([
  "some",
  "part",
  "most",
  "half",
  "many",
  "all",
  "rest",
  "bulk",
  "portion",
  "majority",
  "several",
]);
const NOMINAL_MODIFIERS = new Set(["nmod"]);

/**
 * Whether the phrase at `head` names armed forces (the dictionary's &MILITARY nouns: "troops", "soldiers"), also as
 * a part of them ("some of the troops", "part of its forces").
 */
export function isForces(context: StatementContext, head: number): boolean {
  const { tree } = context;
  const lower = (tree.tokens[head] as Token).lower;
  if (context.lexicon.forces.has(lower) || context.lexicon.forces.has(nounLemma(lower))) return true;
  if (!PARTS.has(lower)) return false;
  return tree
    .childrenWith(head, NOMINAL_MODIFIERS)
    .some((of) => prepositionOf(tree, of) === "of" && isForces(context, of));
}

/** Words that turn moving forces into pulling them back ("pulled its troops back", "moving soldiers away"). */
const BACKWARD = new Set(["back", "away"]);
const OBLIQUE_RELATIONS = new Set(["obl"]);

/**
 * The frontier a clause pulls armed forces back from ("withdrew troops from the border", "pulled its troops back from
 * the border with Ukraine", "is moving soldiers away from the Ukrainian frontier"; forces that withdraw themselves,
 * "Russian troops withdrew from the border", when the clause has no object), as the clause's "from" obliques (with
 * those the parser hung on "back" or "away"), or null when it is no such retreat (CAMEO 087).
 */
export function frontierWithdrawnFrom(
  context: StatementContext,
  clause: Clause,
  targets: readonly ClauseArgument[],
  obliques: readonly ClauseArgument[],
): ClauseArgument[] | null {
  if (clause.kind !== "verb") return null;
  const { tree } = context;
  // "pulled back troops": the parser may hang "back" on the forces.
  const backward = [clause.predicate, ...targets.map((a) => a.head)]
    .flatMap((head) => tree.children(head))
    .filter((c) => BACKWARD.has((tree.tokens[c] as Token).lower));
  const from = [
    ...obliques.filter((a) => a.preposition === "from"),
    ...backward.flatMap((word) =>
      tree
        .childrenWith(word, OBLIQUE_RELATIONS)
        .filter((head) => prepositionOf(tree, head) === "from")
        .map((head) => ({ head, role: "oblique" as const, preposition: "from", inherited: false })),
    ),
  ];
  if (from.length === 0) return null;
  const movers = targets.some((a) => a.role === "object")
    ? targets
    : [...targets, ...clause.arguments.filter((a) => a.role === "subject" && !a.inherited)];
  if (!sendsForcesToFrontier(context, movers, from)) return null;
  const retreating = backward.length > 0 || context.lexicon.verbEvent(clause.lemma)?.type === "RETREAT";
  return retreating ? from : null;
}
