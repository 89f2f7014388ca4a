// Replies against whoever made a claim: "Peskov slammed the accusations" is Peskov rejecting the one who made them.
// The claim's author is named on the claim itself ("Stoltenberg's accusations", "the claims by the West", "comments
// made by Scholz"), or is the subject of the latest earlier statement of the article, of a kind the claim noun can
// name, that was aimed at the replier's side (an accusation, a warning, a demand…), however many paragraphs back.
// Likewise an act aimed at an event the article reported ("Serbia has condemned the aggression") targets the agent of
// the latest such event. A person whose side the article does not tell (a name the dictionaries lack, with no title)
// answers the latest claim anyone else made, when it tells what the reply spells out of it. One pass over the
// article in text order: each group of claims keeps only its latest statement and the latest one by another side,
// so the cost is linear in the article's statements.

import type { RelationType } from "../../../graph-schema/index.ts";
import { applyModality } from "../modality/statement-modality.ts";
import { sentenceTells, statedContent } from "./claim-content.ts";
import { claimAuthor, claimNounAt, type PendingReply, type Replier } from "../statements/replies.ts";
import type { Statement, StatementContext } from "../statements/statement.ts";
import { DEMONSTRATIVES } from "../statements/verdict-replies.ts";

/** Acts a reply can answer when its claim names no kind ("the remarks", "dismissed the report"). */
const CLAIMS: readonly RelationType[] = ["ACCUSE", "CRITICIZE", "WARN", "THREATEN", "DEMAND", "APPEAL", "SANCTION"];

/**
 * The latest statement of a group, and the latest one whose subject is on another side than the latest's: whoever
 * replies, one of the two is the latest statement by a side other than the replier's.
 */
interface Latest {
  first: Statement;
  second: Statement | null;
}

/** How many sentences back a reply that names no claim looks for the claim it answers. */
const PREVIOUS_SENTENCES = 2;

/** The statement a reply makes, its target still to be set. */
function replyStatement(reply: PendingReply, replier: Replier): Statement {
  return {
    subject: replier.actor,
    object: -1,
    subjectToken: replier.token,
    objectToken: reply.claim,
    type: reply.type,
    predicate: reply.predicate,
    scope: reply.scope,
    sentence: reply.sentence,
    origin: "reply",
    speaker: -1,
    negated: false,
    hypothetical: false,
  };
}

/** Statements for the replies, their modality read, given the article's other statements (any order). */
export function resolveReplies(
  context: StatementContext,
  replies: readonly PendingReply[],
  statements: readonly Statement[],
): Statement[] {
  // Who is on one side: an actor, and the country or organisation it belongs to (Peskov and Russia).
  const sideOf = (actor: number): string => {
    const found = context.actors[actor];
    return found ? (found.affiliation ?? found.name) : `#${actor}`;
  };
  // Actors by name, for a person's side ("Top US General Mark Milley" → United States).
  const byName = new Map(context.actors.map((actor, index) => [actor.name, index]));
  /**
   * Whom a reply that names no author answers: the author of the claim found, or, for a reply by a state or an
   * organisation ("Russia denies plans to invade"), the side that person speaks for, when the article names it. A
   * state answers a state; the person is only the latest voice of its claim.
   */
  const answeredAt = (author: number, replier: number): number => {
    const found = context.actors[author];
    if (context.actors[replier]?.type === "PERSON" || found?.type !== "PERSON" || !found.affiliation) return author;
    const side = byName.get(found.affiliation);
    return side !== undefined && context.actors[side]?.strong ? side : author;
  };
  // Claims by the side they were aimed at and their kind ("aimed|Russia|ACCUSE"), and statements by kind ("type|ACCUSE").
  const groups = new Map<string, Latest>();
  const record = (key: string, statement: Statement): void => {
    const held = groups.get(key);
    if (!held) groups.set(key, { first: statement, second: null });
    else if (sideOf(held.first.subject) === sideOf(statement.subject)) held.first = statement;
    else groups.set(key, { first: statement, second: held.first });
  };
  // The latest statements reported by a speaker ("Russia announced that it had withdrawn troops"), for replies that
  // name no claim and answer the one just reported ("Biden said there was still no evidence"): the latest by the
  // speaker's side, and the latest by another side.
  let reported: Latest | null = null;
  const speakerOf = (statement: Statement): string => sideOf(statement.speaker);
  const add = (statement: Statement): void => {
    if (statement.negated || statement.hypothetical) return;
    if (statement.speaker >= 0 && statement.origin !== "reply") {
      if (reported === null) reported = { first: statement, second: null };
      else if (speakerOf(reported.first) === speakerOf(statement)) reported.first = statement;
      else reported = { first: statement, second: reported.first };
    }
    record(`aimed|${sideOf(statement.object)}|${statement.type}`, statement);
    record(`type|${statement.type}`, statement);
  };
  /** The latest of the groups' statements by a side other than `side`. */
  const latestBy = (keys: readonly string[], side: string): Statement | null => {
    let best: Statement | null = null;
    for (const key of keys) {
      const group = groups.get(key);
      if (!group) continue;
      const found = sideOf(group.first.subject) !== side ? group.first : group.second;
      if (found && (best === null || found.predicate > best.predicate)) best = found;
    }
    return best;
  };

  /**
   * Whether `actor` is a person whose side the article does not tell: no country or body known (a name the
   * dictionaries lack, with no title), so no claim can be told aimed at their side.
   */
  const sideUnknown = (actor: number): boolean =>
    context.actors[actor]?.type === "PERSON" && !context.actors[actor]?.affiliation;
  /**
   * Whether the reply names the claim it answers ("the accusations", "This is not the case"), rather than denying
   * one's own conduct ("denied any involvement"), which answers only what was said about oneself.
   */
  const namesClaim = (reply: PendingReply): boolean => {
    const word = context.tree.tokens[reply.claim]?.lower ?? "";
    return claimNounAt(context, reply.claim) !== null || DEMONSTRATIVES.has(word);
  };
  /**
   * The latest claim of `types` by a side other than `side`, aimed at anyone ("'This is not the case,' Zilinski
   * told reporters" after the White House's), when it tells some of what the reply spells out of it at `claim`
   * ("disputed claims that an activist had been tortured" answers no accusation of interference).
   */
  const latestClaimByAnyone = (types: readonly RelationType[], side: string, claim: number): Statement | null => {
    const found = latestBy(
      types.map((type) => `type|${type}`),
      side,
    );
    if (found === null) return null;
    const content = statedContent(context.tree, claim);
    return content === null || sentenceTells(context.tree, found.predicate, content) ? found : null;
  };

  /**
   * A reply that names no claim answers the claim reported just before (in its sentence or the two before it) by a
   * side other than the replier's: its speaker is the target.
   */
  const answerPrevious = (reply: PendingReply): Statement[] => {
    const resolved: Statement[] = [];
    for (const replier of reply.subjects) {
      const side = sideOf(replier.actor);
      const held = reported as Latest | null;
      const found = held === null ? null : speakerOf(held.first) !== side ? held.first : held.second;
      if (found === null || found.sentence < reply.sentence - PREVIOUS_SENTENCES) continue;
      if (sideOf(found.speaker) === side) continue;
      resolved.push({ ...replyStatement(reply, replier), object: found.speaker });
    }
    applyModality(context.tree, context.lexicon, resolved);
    return resolved;
  };

  const inOrder = [...statements].sort((a, b) => a.predicate - b.predicate);
  const pending = [...replies].sort((a, b) => a.predicate - b.predicate);
  const out: Statement[] = [];
  let next = 0;
  for (const reply of pending) {
    while (next < inOrder.length && (inOrder[next] as Statement).predicate < reply.predicate)
      add(inOrder[next++] as Statement);
    if (reply.previous) {
      out.push(...answerPrevious(reply));
      continue;
    }
    const named =
      reply.author !== undefined && reply.author >= 0
        ? reply.author
        : reply.event === null
          ? claimAuthor(context, reply.claim)
          : -1;
    const resolved: Statement[] = [];
    for (const replier of reply.subjects) {
      const side = sideOf(replier.actor);
      let author = named;
      if (author < 0) {
        // An answer to an event needs that event; agreeing with a claim, any claim; rejecting one, a claim aimed at
        // the replier's side.
        const types = reply.event !== null ? [reply.event] : (reply.answers ?? CLAIMS);
        const anyTarget = reply.event !== null || reply.type === "AGREE";
        const keys = types.map((type) => (anyTarget ? `type|${type}` : `aimed|${side}|${type}`));
        const found =
          latestBy(keys, side) ??
          (!anyTarget && sideUnknown(replier.actor) && namesClaim(reply)
            ? latestClaimByAnyone(types, side, reply.claim)
            : null);
        const claimant = found?.subject ?? -1;
        author = claimant < 0 ? -1 : answeredAt(claimant, replier.actor);
      }
      if (author < 0 || sideOf(author) === side) continue;
      resolved.push({ ...replyStatement(reply, replier), object: author });
    }
    applyModality(context.tree, context.lexicon, resolved);
    out.push(...resolved);
    // A reply is a claim too: a later reply from the other side ("Kyiv dismissed Moscow's denial") may answer it.
    for (const statement of resolved) add(statement);
  }
  return out;
}
