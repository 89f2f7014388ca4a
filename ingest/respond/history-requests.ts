// What the response linker asks a store for: the earlier statements a batch may answer (historyRequests), and
// the stored statements that may answer a new one (revisitRequests). Requests name the body, not its members: a
// request for (Y, X) covers what Y and every actor affiliated to Y said about X (HistoryRequest), so a country
// with thousands of affiliated people still costs one request.

import type { ArticleRecord, RelationRecord } from "../../graph-schema/index.ts";
import { answerableStatement } from "./answerable-statement.ts";
import { answeredTypes, typesAnsweringByExchange } from "./answered-types.ts";
import { datedStatement, dayOf, shiftDay, type DatedStatement } from "./dated-statement.ts";
import { findResponseCue } from "./find-response-cue.ts";
import { namesThirdParty } from "./named-answers.ts";
import type { HistoryRequest } from "./response-history.ts";
import type { ResponseLinkerOptions } from "./response-linker-options.ts";

type AffiliationOf = ((actor: string) => string | null) | undefined;

/** The actors whose statements an answer by `responder` can address: itself, then its affiliation. */
export const addressees = (responder: string, affiliationOf: AffiliationOf): string[] => {
  const affiliation = affiliationOf?.(responder) ?? null;
  return affiliation === null || affiliation === responder ? [responder] : [responder, affiliation];
};

/**
 * The requests of a linker with `settings` (see ResponseLinker.historyRequests and revisitRequests). A stored reply
 * linked again that names what its article reports about a third party (named-answers.ts) also asks for its
 * article's statements by the actor it answers (`anyObject`): its article is not in the batch.
 */
export function createHistoryRequests(settings: ResponseLinkerOptions): {
  historyRequests: (
    newRelations: readonly RelationRecord[],
    articles: ReadonlyMap<string, ArticleRecord>,
    affiliationOf?: AffiliationOf,
    revisit?: readonly DatedStatement[],
  ) => HistoryRequest[];
  revisitRequests: (statements: readonly DatedStatement[], affiliationOf?: AffiliationOf) => HistoryRequest[];
} {
  const window = Math.max(settings.windowDays, settings.explicitWindowDays);

  const historyRequests = (
    newRelations: readonly RelationRecord[],
    articles: ReadonlyMap<string, ArticleRecord>,
    affiliationOf?: AffiliationOf,
    revisit: readonly DatedStatement[] = [],
  ): HistoryRequest[] => {
    const statements = [...newRelations.map((relation) => datedStatement(relation, articles)), ...revisit];
    const storedIds = new Set(revisit.map((statement) => statement.id));
    for (const relation of newRelations) storedIds.delete(relation.id);
    return statements.flatMap((relation) => {
      const day = dayOf(relation.date);
      if (day === null) return [];
      // Only the kinds of statement it can answer: most news statements (attacks, meetings, aid) answer nothing.
      const types = answeredTypes(relation, settings.exchanges);
      if (types.length === 0) return [];
      const from = shiftDay(day, -window);
      const pairs: HistoryRequest[] = addressees(relation.subject, affiliationOf).map((addressee) => ({
        subject: relation.object,
        object: addressee,
        from,
        to: day,
        types,
        latest: true,
        article: relation.article,
      }));
      // A stored reply's article is not in the batch: the claims about anyone its stated content may name.
      const cue = storedIds.has(relation.id) ? findResponseCue(relation) : null;
      if (cue === null || !namesThirdParty(cue)) return pairs;
      const claims = { object: relation.subject, from, to: day, article: relation.article, anyObject: true };
      return [...pairs, ...addressees(relation.object, affiliationOf).map((subject) => ({ subject, ...claims }))];
    });
  };

  const revisitRequests = (statements: readonly DatedStatement[], affiliationOf?: AffiliationOf): HistoryRequest[] =>
    statements.flatMap((statement) => {
      const day = dayOf(statement.date);
      const answerable = answerableStatement(statement);
      if (answerable === null || day === null) return [];
      const to = shiftDay(day, window);
      // Answers by the statement's object or its members, addressed to the speaker or to the body the speaker
      // belongs to (Biden → the US). An own denial is answered as a DENY: no statement just like it overtakes it.
      const { subject, object, type, hypothetical } = statement;
      const newStatement = statement.negated ? {} : { newStatement: { subject, object, type, hypothetical } };
      // Only statements that can answer it can take it as their answer.
      const answering = {
        type: answerable.type,
        exchangeTypes: typesAnsweringByExchange(answerable.type, settings.exchanges),
      };
      return addressees(subject, affiliationOf).map((addressee) => ({
        subject: object,
        object: addressee,
        from: day,
        to,
        ...newStatement,
        answering,
      }));
    });

  return { historyRequests, revisitRequests };
}
