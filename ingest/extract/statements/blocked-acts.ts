// Blocking another's act rejects its owner: "Hungary blocked new EU sanctions against Russia", "vetoed the EU's
// military aid to Ukraine" are Hungary REJECT EU, "blocked Ukraine's bid to join NATO" Hungary REJECT Ukraine (CAMEO 12), neither coercion of the sanctions' target (CAMEO's
// reading of "block" as a blockade) nor sanctions or aid done (modality reads the blocked act as not done).

import type { Clause, ClauseArgument } from "../clauses/clause.ts";
import { actOwner } from "../clauses/find-clauses.ts";
import { clauseSubjects, type NamedActor } from "./named-actors.ts";
import type { StatementContext } from "./statement.ts";

/** Verbs that keep another's act from happening. */
export const BLOCKING_VERBS: ReadonlySet<string> = new Set(["block", "veto", "obstruct", "torpedo", "derail"]);

/**
 * The owners of the event a blocking verb takes as its object ("blocked new EU sanctions": the EU), or null when the
 * clause blocks no event (a blocked road, a blocked port: the verb's own reading stands).
 */
export function blockedEventOwners(
  context: StatementContext,
  clause: Clause,
  targets: readonly ClauseArgument[],
): NamedActor[] | null {
  if (clause.kind !== "verb" || !BLOCKING_VERBS.has(clause.lemma)) return null;
  const objects = targets.filter((a) => a.role === "object");
  const events = objects
    .map((a) => context.clauseAt.get(a.head))
    .filter((event): event is Clause => event?.kind === "noun");
  // "blocked Ukraine's bid to join NATO": an act undertaken, named by its owner.
  const undertaken = objects
    .map((a) => ({ owner: actOwner(context.tree, a.head), token: a.head }))
    .filter(({ owner }) => owner >= 0 && (context.actorAt[owner] as number) >= 0);
  if (events.length === 0 && undertaken.length === 0) return null;
  return [
    ...events.flatMap((event) => clauseSubjects(context, event, true)),
    ...undertaken.map(({ owner, token }) => ({ actor: context.actorAt[owner] as number, token })),
  ];
}
