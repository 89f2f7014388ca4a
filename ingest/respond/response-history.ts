// Where the response linker finds earlier statements: an interface a store implements with one indexed query
// (statements from one actor to another in a date window), and an in-memory implementation for stateless runs
// (`newsgraph extract`) and for stores that prefetch (Neo4j: see ResponseLinker.historyRequests).

import type { ActorRecord } from "../../graph-schema/index.ts";
import { dayOf, type DatedStatement } from "./dated-statement.ts";

export interface ResponseHistory {
  /**
   * Statements whose subject is `subject` and object is `object`, dated (event date, else publication date)
   * from `from` to `to` inclusive (ISO days), in any order. Negated ones may be included; the linker decides which it can answer.
   * SQL: `WHERE subject = ? AND object = ? AND date BETWEEN ? AND ?` over an index on (subject, object, date).
   */
  statementsBetween(subject: string, object: string, from: string, to: string): DatedStatement[];
  /** The country or organisation an actor belongs to (ActorRecord.affiliation), when the history knows it. */
  affiliationOf?(actor: string): string | null;
  /** The actors affiliated to an actor (the reverse of affiliationOf), when the history knows them. */
  membersOf?(actor: string): readonly string[];
}

/** A pair and window the linker will ask about; an async store fetches these first, then links in memory. */
export interface HistoryRequest {
  subject: string;
  object: string;
  from: string;
  to: string;
}

/** A history with nothing in it: every earlier statement comes from the batch being linked. */
export const EMPTY_RESPONSE_HISTORY: ResponseHistory = { statementsBetween: () => [] };

/**
 * An in-memory history over `statements`, indexed by ordered actor pair; `actors` supply affiliations.
 * @example
 * const history = createInMemoryResponseHistory(prefetched, await store.allActors());
 * const responses = linker.link(newRelations, articles, history);
 */
export function createInMemoryResponseHistory(
  statements: Iterable<DatedStatement>,
  actors: Iterable<ActorRecord> = [],
): ResponseHistory {
  const byPair = new Map<string, DatedStatement[]>();
  for (const statement of statements) {
    const key = `${statement.subject}\u0000${statement.object}`;
    const list = byPair.get(key);
    if (list) list.push(statement);
    else byPair.set(key, [statement]);
  }
  const affiliations = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.affiliation === null || actor.affiliation === actor.id) continue;
    affiliations.set(actor.id, actor.affiliation);
    const list = members.get(actor.affiliation);
    if (list) list.push(actor.id);
    else members.set(actor.affiliation, [actor.id]);
  }
  return {
    statementsBetween(subject, object, from, to) {
      return (byPair.get(`${subject}\u0000${object}`) ?? []).filter((statement) => {
        const day = dayOf(statement.date);
        return day !== null && day >= from && day <= to;
      });
    },
    affiliationOf: (actor) => affiliations.get(actor) ?? null,
    membersOf: (actor) => members.get(actor) ?? [],
  };
}
