// Which stored statements an ingest batch links again, and what each is weighed against: those a new statement
// may be the answer to, and those an actor's changed affiliation may link differently (what the actor said, what
// answers it, and what its statements may now be the answer to).

import type { DatedStatement } from "../../ingest/respond/dated-statement.ts";
import type { ResponseLinker } from "../../ingest/respond/create-response-linker.ts";
import type { GraphWriter } from "../store/graph-store.ts";

export interface RelinkPlan {
  /** Stored statements linked again with the batch (link(…, revisit)); negated ones only as possible answers. */
  revisit: DatedStatement[];
  /** Revisited statements weighed against their current answer and the batch only. */
  currentAnswers: Map<string, DatedStatement | null>;
  /** Revisited statements whose history is read again (historyRequests(…, fromHistory)). */
  fromHistory: DatedStatement[];
}

/**
 * Plans what a batch links again. A stored link was the best answer among the statements stored when it was
 * made, so a statement is weighed against its current answer and the batch, unless it has no stored link, its
 * answer is one it may no longer give, or it was said by an actor whose affiliation changed (whom it may answer
 * has changed): those read their history again.
 * @example
 * const plan = await planRelinking(store, linker, newStatements, movedActorIds, affiliationOf);
 * linker.link(relations, articles, history, plan.revisit, plan.currentAnswers);
 */
export async function planRelinking(
  store: GraphWriter,
  linker: ResponseLinker,
  newStatements: readonly DatedStatement[],
  movedActors: readonly string[],
  affiliationOf: (actor: string) => string | null,
): Promise<RelinkPlan> {
  const newIds = new Set(newStatements.map((statement) => statement.id));
  const moved =
    movedActors.length > 0 && store.statementsBy ? await store.statementsBy(movedActors) : { said: [], answering: [] };
  const said = new Set(moved.said.map((statement) => statement.id));
  // Stored statements that a new statement, or one a moved actor said, may now be the answer to.
  const found = await store.statementsBetween(linker.revisitRequests([...newStatements, ...moved.said], affiliationOf));
  const byId = new Map<string, DatedStatement>();
  for (const statement of [...found, ...moved.answering, ...moved.said]) {
    // A negated statement answers nothing; one a moved actor said may still be answered (an own denial).
    if (!newIds.has(statement.id) && (!statement.negated || said.has(statement.id))) byId.set(statement.id, statement);
  }
  const revisit = [...byId.values()];
  const responders = revisit.filter((statement) => !statement.negated);
  const answered = store.answeredStatements
    ? await store.answeredStatements(responders.filter((statement) => !said.has(statement.id)).map((s) => s.id))
    : null;
  const currentAnswers = new Map<string, DatedStatement | null>();
  const fromHistory: DatedStatement[] = [];
  for (const statement of responders) {
    const answer = answered === null || said.has(statement.id) ? undefined : answered.get(statement.id);
    // Without a stored link there may still be a stored candidate the confidence floor kept out (an explicit cue
    // takes the latest, not the strongest), which a new one must not overtake unseen: read its history.
    if (answer === undefined || !linker.mayAnswer(statement, answer, affiliationOf)) fromHistory.push(statement);
    else currentAnswers.set(statement.id, answer);
  }
  return { revisit, currentAnswers, fromHistory };
}
