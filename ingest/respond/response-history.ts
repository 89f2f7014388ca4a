// Where the response linker finds earlier statements: an interface a store implements with one indexed query
// (statements about one actor by another actor or its members, in a date window), and an in-memory implementation
// for stateless runs (`newsgraph extract`) and for stores that prefetch (see ResponseLinker.historyRequests).

import type { ActorRecord, RelationType } from "../../graph-schema/index.ts";
import { dayOf, inDayWindow, type DatedStatement } from "./dated-statement.ts";

export interface ResponseHistory {
  /**
   * Statements whose object is `object` and whose subject is `speaker` or an actor affiliated to `speaker`
   * (Blinken's statements count for the United States), dated (event date, else publication date) from `from` to
   * `to` inclusive (ISO days), in any order. Negated ones may be included; the linker decides which it can answer.
   * SQL: `WHERE object = ? AND day BETWEEN ? AND ? AND (subject = ? OR subject_affiliation = ?)`, two index seeks.
   */
  statementsBetween(speaker: string, object: string, from: string, to: string): DatedStatement[];
  /** The country or organisation an actor belongs to (ActorRecord.affiliation), when the history knows it. */
  affiliationOf?(actor: string): string | null;
  /** The actors affiliated to an actor (the reverse of affiliationOf), when the history knows them. */
  membersOf?(actor: string): readonly string[];
  /**
   * Statements of `article` whose subject is `speaker` or an actor affiliated to it, about anyone: the claims a
   * reply that states a claim's content may name (see claim-content.ts). Stores fetch them for `anyObject` requests.
   */
  statementsIn?(article: string, speaker: string): DatedStatement[];
}

/**
 * What the linker will ask about, for a store to fetch first: statements about `object` by `subject` or by any
 * actor affiliated to `subject`, dated `from` to `to` (ISO days, inclusive).
 */
export interface HistoryRequest {
  subject: string;
  object: string;
  from: string;
  to: string;
  /**
   * Only statements of these types are wanted (as an answer sees them; see answeredTypes), when given. Stores may
   * return more, never fewer: when DENY is wanted, every negated statement too, since an own denial is answered
   * as a DENY.
   */
  types?: readonly RelationType[];
  /**
   * Only the latest statements of each kind are wanted: per type, modality (negated, hypothetical) and speaker
   * (`subject` itself or a member), those of the two latest days in the window that have any. The linker's choice
   * is always among them (a later statement of the same kind is as strong and closer). Statements of `article`
   * are wanted whatever their day. A store that ignores this returns more, which is never wrong.
   */
  latest?: boolean;
  /** The asking statement's article (see `latest`). */
  article?: string;
  /**
   * For revisit requests (statements answering a new one, dated after it): the new statement. A stored answer
   * dated after a statement just like it (same subject, object, type and modality), itself dated after `from`,
   * keeps its link whatever the new statement is, so a store may leave it out.
   */
  newStatement?: { subject: string; object: string; type: RelationType; hypothetical: boolean };
  /**
   * For revisit requests: the new statement's type as an answer sees it (an own denial is a DENY). Only stored
   * statements that can answer it are wanted: those whose cue names it, and those of `exchangeTypes` (the types
   * the exchange table lets answer it) whose cue is absent or neutral; see answerCueMask. A store that keeps no
   * such summary returns more, which is never wrong.
   */
  answering?: { type: RelationType; exchangeTypes: readonly RelationType[] };
  /**
   * Statements about any actor, not only `object`: every one of `article` (given with it) by `subject` or its
   * members, whatever its date (`from` and `to` do not apply). Asked for a stored reply linked again that states the content of the claim it answers,
   * which may be about a third party ("Russia's claim that it is moving troops away from Ukraine's border is
   * false"). Other hints do not apply; stores answer it by the article and never merge it with pair requests.
   */
  anyObject?: boolean;
}

/** A history with nothing in it: every earlier statement comes from the batch being linked. */
export const EMPTY_RESPONSE_HISTORY: ResponseHistory = { statementsBetween: () => [] };

/**
 * An in-memory history over `statements`, indexed by object and speaker; `actors` supply affiliations, unless
 * `affiliationOf` is given (the registry's current ones, during an ingest).
 * @example
 * const history = createInMemoryResponseHistory(prefetched, await store.allActors());
 * const responses = linker.link(newRelations, articles, history);
 */
export function createInMemoryResponseHistory(
  statements: Iterable<DatedStatement>,
  actors: Iterable<ActorRecord> = [],
  affiliationOf?: (actor: string) => string | null,
): ResponseHistory {
  const affiliations = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.affiliation === null || actor.affiliation === actor.id) continue;
    affiliations.set(actor.id, actor.affiliation);
    const list = members.get(actor.affiliation);
    if (list) list.push(actor.id);
    else members.set(actor.affiliation, [actor.id]);
  }
  const affiliation = affiliationOf ?? ((actor: string): string | null => affiliations.get(actor) ?? null);
  // By object and speaker, in day order (undated statements left out: no window holds them), so a window is a
  // range. Each statement is filed under its subject and under the body its subject belongs to.
  const byPair = new Map<string, { day: string; statement: DatedStatement }[]>();
  // And by article and speaker (the same two keys), for the claims a reply may name.
  const byArticle = new Map<string, DatedStatement[]>();
  const file = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const statement of statements) {
    const day = dayOf(statement.date);
    const body = affiliation(statement.subject);
    for (const speaker of body === null || body === statement.subject ? [statement.subject] : [statement.subject, body]) {
      if (day !== null) file(byPair, `${statement.object}\u0000${speaker}`, { day, statement });
      file(byArticle, `${statement.article}\u0000${speaker}`, statement);
    }
  }
  for (const list of byPair.values()) list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return {
    statementsBetween(speaker, object, from, to) {
      return inDayWindow(byPair.get(`${object}\u0000${speaker}`) ?? [], from, to).map(({ statement }) => statement);
    },
    affiliationOf: affiliation,
    membersOf: (actor) => members.get(actor) ?? [],
    statementsIn: (article, speaker) => byArticle.get(`${article}\u0000${speaker}`) ?? [],
  };
}
