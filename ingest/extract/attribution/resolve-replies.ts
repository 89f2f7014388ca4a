// Replies against whoever made a claim: "Peskov slammed the accusations" is Peskov rejecting the one who made them.
// The claim's author is named on the claim itself ("Stoltenberg's accusations", "the claims by the West"), or is the
// subject of the latest earlier statement of the article that was aimed at the replier's side (an accusation, a
// warning, a demand…), however many paragraphs back. Likewise an act aimed at an event the article reported ("Serbia
// has condemned the aggression") targets the agent of the latest such event.

import type { RelationType } from "../../../graph-schema/index.ts";
import { argumentActor } from "../clauses/argument-actors.ts";
import type { PendingReply } from "../statements/clause-statements.ts";
import { sameSide, type Statement, type StatementContext } from "../statements/statement.ts";

/** Acts a reply can answer. */
const CLAIMS: ReadonlySet<RelationType> = new Set([
  "ACCUSE",
  "CRITICIZE",
  "WARN",
  "THREATEN",
  "DEMAND",
  "APPEAL",
  "SANCTION",
]);

/** Statements for the replies, given the article's other statements in text order. */
export function resolveReplies(
  context: StatementContext,
  replies: readonly PendingReply[],
  statements: readonly Statement[],
): Statement[] {
  const out: Statement[] = [];
  for (const reply of replies) {
    const named = argumentActor(context.tree, context.actorAt, reply.claim, {
      agentNouns: context.agentNouns,
      anyPossessor: true,
    });
    for (const replier of reply.subjects) {
      let author = reply.event === null ? named : -1;
      if (author < 0) {
        for (const earlier of statements) {
          if (earlier.predicate >= reply.predicate) break;
          if (earlier.negated || earlier.hypothetical || sameSide(context.actors, earlier.subject, replier.actor))
            continue;
          // An answer to an event needs that event; agreeing with a claim, any claim; rejecting one, a claim
          // aimed at the replier's side.
          const answers =
            reply.event !== null
              ? earlier.type === reply.event
              : CLAIMS.has(earlier.type) &&
                (reply.type === "AGREE" || sameSide(context.actors, earlier.object, replier.actor));
          if (answers) author = earlier.subject;
        }
      }
      if (author < 0 || sameSide(context.actors, author, replier.actor)) continue;
      out.push({
        subject: replier.actor,
        object: author,
        subjectToken: replier.token,
        objectToken: reply.claim,
        type: reply.type,
        predicate: reply.predicate,
        scope: reply.predicate,
        sentence: reply.sentence,
        origin: "reply",
        speaker: -1,
        negated: false,
        hypothetical: false,
      });
    }
  }
  return out;
}
