// The actors an act's arguments name, each with the head token of the phrase that names it (for offsets): what every
// statement stage asks of the clause layer's argument actors.

import { argumentActors } from "../clauses/argument-actors.ts";
import type { Clause, ClauseArgument } from "../clauses/clause.ts";
import type { StatementContext } from "./statement.ts";

/** An actor with the head token of the phrase that names it. */
export interface NamedActor {
  actor: number;
  token: number;
}

/**
 * The distinct actors the arguments name; with `conduct`, for an act that answers conduct, not those something was
 * done to ("condemned Navalny's arrest").
 */
export function actorsOf(
  context: StatementContext,
  args: readonly ClauseArgument[],
  anyPossessor: boolean,
  conduct = false,
): NamedActor[] {
  const out: NamedActor[] = [];
  for (const arg of args) {
    for (const actor of argumentActors(context.tree, context.actorAt, arg.head, {
      agentNouns: context.agentNouns,
      anyPossessor,
      isPerson: (actor) => context.actors[actor]?.type === "PERSON",
      target: arg.role !== "subject",
      conduct,
    })) {
      if (!out.some((named) => named.actor === actor)) out.push({ actor, token: arg.head });
    }
  }
  return out;
}

/** The actors a clause's subjects name ("Russia had withdrawn"; with `anyPossessor`, an event noun's owner too). */
export function clauseSubjects(context: StatementContext, clause: Clause, anyPossessor = false): NamedActor[] {
  return actorsOf(
    context,
    clause.arguments.filter((a) => a.role === "subject"),
    anyPossessor,
  );
}
