// Replies found in a clause: an act aimed at a claim ("Peskov slammed the accusations", "rejected the claims",
// "echoed his appeal") or a verdict on one ("called Western concern hysteria", "described the reports as incorrect")
// is a statement against whoever made the claim. Its target is found later (attribution/resolve-replies.ts): the
// author named on the claim ("Stoltenberg's accusations", "comments made by Scholz"), else the author of the latest
// earlier claim the article reported against the replier's side.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import { argumentActor } from "../clauses/argument-actors.ts";
import type { Clause, ClauseArgument } from "../clauses/clause.ts";
import { nounLemma, prepositionOf } from "../clauses/find-clauses.ts";
import { CLAIM_NOUNS, NEGATION_WORDS, TRUTH_WORDS, verdictType, VOICING_VERBS } from "../lexicon/claim-nouns.ts";
import { DENIAL_VERBS } from "../lexicon/newsgraph-verb-events.ts";
import { NOMINAL_EVENTS } from "../lexicon/nominal-events.ts";
import type { StatementContext } from "./statement.ts";

/** An actor with the head token of the phrase that names it. */
export interface Replier {
  actor: number;
  token: number;
}

/** A statement whose target is found later, in attribution/resolve-replies.ts. */
export interface PendingReply {
  subjects: readonly Replier[];
  type: RelationType;
  /** Token of the word that carries the reply (the verb, or the verdict). */
  predicate: number;
  /** The clause whose modality decides whether the reply is asserted. */
  scope: number;
  sentence: number;
  /** Head of the claim or event phrase answered. */
  claim: number;
  /** The event answered (its latest agent in the article is the target); null for a claim. */
  event: RelationType | null;
  /** The kinds of claim it answers (what the claim noun can name); null for any claim. */
  answers: readonly RelationType[] | null;
  /** The claim's author, when the reply's words name them ("no sign of the withdrawal of Russian troops"). */
  author?: number;
  /** It names no claim and answers the one another side was reported to make just before ("no evidence"). */
  previous?: boolean;
}

/** Acts aimed at a claim ("rejected the accusations", "echoed his appeal") and the act towards the claim's author. */
const REPLY_TYPES: ReadonlyMap<RelationType, RelationType> = new Map<RelationType, RelationType>([
  ["REJECT", "REJECT"],
  ["DENY", "DENY"],
  ["CRITICIZE", "REJECT"],
  ["AGREE", "AGREE"],
  ["SUPPORT", "AGREE"],
  ["PRAISE", "AGREE"],
]);

/** What a denial of one's own conduct answers: the accusations and warnings made against the denier's side. */
const DENIED_CLAIMS: readonly RelationType[] = ["ACCUSE", "CRITICIZE", "WARN", "THREATEN", "INVESTIGATE"];
/** Where a verdict on a verb's object sits: "called the claims absurd", "described reports as incorrect". */
const VERB_VERDICTS = new Set(["xcomp", "obl", "advcl", "ccomp"]);
/** Where a verdict on the claim noun itself sits: "dismissed the claims as baseless", "branded the remarks a lie". */
const NOUN_VERDICTS = new Set(["nmod", "nmod:unmarked", "appos", "acl"]);
const CONJUNCTS = new Set(["conj"]);
const AGENTS = new Set(["obl", "obl:agent"]);

/** The claim noun's lemma when token `i` is one ("the accusations" → "accusation"), else null. */
export function claimNounAt(context: StatementContext, i: number): string | null {
  const token = context.tree.tokens[i] as Token;
  if (token.upos !== "NOUN") return null;
  const lemma = nounLemma(token.lower);
  return CLAIM_NOUNS.has(lemma) ? lemma : null;
}

/** What the claim noun at `i` answers (null: any claim). */
export function answersOf(context: StatementContext, i: number): readonly RelationType[] | null {
  const lemma = claimNounAt(context, i);
  return lemma === null ? null : (CLAIM_NOUNS.get(lemma) ?? null);
}

/**
 * The author the claim phrase names, or -1: its owner ("Stoltenberg's accusations", "Russian claims", "the claims
 * by the West"), or the agent of a participle on it ("comments made by Scholz", "accusations levelled by Kyiv").
 */
export function claimAuthor(context: StatementContext, claim: number): number {
  const { tree, actorAt, agentNouns } = context;
  const owner = argumentActor(tree, actorAt, claim, { agentNouns, anyPossessor: true });
  if (owner >= 0) return owner;
  for (const participle of tree.children(claim)) {
    if ((tree.tokens[participle] as Token).deprel !== "acl") continue;
    for (const agent of tree.childrenWith(participle, AGENTS)) {
      if (prepositionOf(tree, agent) !== "by") continue;
      const actor = argumentActor(tree, actorAt, agent, { agentNouns, anyPossessor: false });
      if (actor >= 0) return actor;
    }
  }
  return -1;
}

/**
 * The reply type of the verdict headed by `head`, or null: a verdict word, or one of its conjuncts ("offensive and
 * unacceptable"), or a negated word of truth ("not true", "not the case").
 */
export function verdictAt(context: StatementContext, head: number): RelationType | null {
  const { tree } = context;
  for (const i of [head, ...tree.childrenWith(head, CONJUNCTS)]) {
    const token = tree.tokens[i] as Token;
    const type = verdictType(token.lower) ?? verdictType(nounLemma(token.lower));
    if (type !== null) return type;
  }
  const negated = tree.children(head).some((c) => NEGATION_WORDS.has((tree.tokens[c] as Token).lower));
  return negated && TRUTH_WORDS.has((tree.tokens[head] as Token).lower) ? "REJECT" : null;
}

/**
 * The reply a clause aimed at a claim makes: `type` is the clause's act, `aimed` its target phrases. "Rejected the
 * accusations" rejects, "echoed his appeal" agrees; a claim phrase that is itself an actor's name is no claim.
 */
export function claimReply(
  context: StatementContext,
  clause: Clause,
  type: RelationType,
  aimed: readonly ClauseArgument[],
  subjects: readonly Replier[],
  sentence: number,
): PendingReply | null {
  const replyType = REPLY_TYPES.get(type);
  if (replyType === undefined || VOICING_VERBS.has(clause.lemma)) return null;
  const claim = aimed.find((a) => claimNounAt(context, a.head) !== null && context.actorAt[a.head] === -1);
  const content = claim ? claim.head : replyType === "DENY" ? deniedConduct(context, clause, aimed) : -1;
  if (content < 0) return null;
  return {
    subjects,
    type: replyType,
    predicate: clause.predicate,
    scope: clause.predicate,
    sentence,
    claim: content,
    event: null,
    answers: claim ? answersOf(context, claim.head) : DENIED_CLAIMS,
  };
}

/**
 * What a denial with no claim named denies: its complement ("denied planning an invasion", "denies that its troops
 * are there") or a conduct noun it takes ("denied any involvement"), or -1. A denial with a recipient refuses
 * something ("denied Kyiv access", "denied entry to the monitors"), and one aimed at an actor denies no conduct.
 */
function deniedConduct(context: StatementContext, clause: Clause, aimed: readonly ClauseArgument[]): number {
  const { tree, actorAt, agentNouns } = context;
  if (!DENIAL_VERBS.has(clause.lemma)) return -1;
  const names = (head: number): boolean => argumentActor(tree, actorAt, head, { agentNouns, anyPossessor: false }) >= 0;
  const refusal = clause.arguments.some(
    (a) => a.role === "recipient" || (a.role === "oblique" && a.preposition === "to" && names(a.head)),
  );
  if (refusal || aimed.some((a) => names(a.head))) return -1;
  if (clause.complements[0] !== undefined) return clause.complements[0];
  // What one can be said to have done: an act, a gerund ("denied planning to invade"), or one's part in an act
  // ("denied any involvement"); not a quality of something else ("denies the legitimacy of the Kyiv government").
  const conduct = (head: number): boolean => {
    const lower = (tree.tokens[head] as Token).lower;
    const lemma = nounLemma(lower);
    return lower.endsWith("ing") || CONDUCT_NOUNS.has(lemma) || NOMINAL_EVENTS.has(lemma);
  };
  const object = clause.arguments.find((a) => a.role === "object" && !a.inherited && conduct(a.head));
  return object?.head ?? -1;
}

/** Nouns for one's part in an act, which a denial of one's own conduct takes ("denied any involvement"). */
const CONDUCT_NOUNS: ReadonlySet<string> = new Set([
  "involvement",
  "role",
  "responsibility",
  "participation",
  "presence",
  "plan",
  "intention",
  "link",
  "connection",
  "part",
  "knowledge",
  "wrongdoing",
  "complicity",
]);

/**
 * A verdict on a claim the clause takes as object ("called Western concern hysteria", "described reports as
 * incorrect", "branded the remarks dangerous"): the reply's type is the verdict's, unless the verb rejects, denies or
 * agrees by itself ("dismissed the claims as baseless" is the dismissal of claimReply). Null when the clause is no
 * such verdict.
 */
export function characterisationReply(
  context: StatementContext,
  clause: Clause,
  verbType: RelationType | null,
  subjectsOf: () => readonly Replier[],
  sentence: number,
): PendingReply | null {
  // A verb of criticism takes the verdict's reading ("branded the remarks as dangerous", "condemned the claims as lies").
  if (clause.kind !== "verb" || (verbType !== null && verbType !== "CRITICIZE" && REPLY_TYPES.has(verbType)))
    return null;
  const { tree } = context;
  const claim = clause.arguments.find(
    (a) =>
      a.role === "object" && !a.inherited && claimNounAt(context, a.head) !== null && context.actorAt[a.head] === -1,
  );
  if (!claim) return null;
  const verdicts = [
    ...tree.childrenWith(clause.predicate, VERB_VERDICTS).filter((c) => c > claim.head),
    ...tree.childrenWith(claim.head, NOUN_VERDICTS).filter((c) => c > claim.head),
  ];
  for (const verdict of verdicts) {
    const type = verdictAt(context, verdict);
    if (type === null) continue;
    return {
      subjects: subjectsOf(),
      type,
      predicate: clause.predicate,
      scope: clause.predicate,
      sentence,
      claim: claim.head,
      event: null,
      answers: answersOf(context, claim.head),
    };
  }
  return null;
}

/** A reply to an event the clause is aimed at ("condemned the aggression"): its target is the event's latest agent. */
export function eventReply(
  clause: Clause,
  type: RelationType,
  event: number,
  eventType: RelationType,
  subjects: readonly Replier[],
  sentence: number,
): PendingReply {
  return {
    subjects,
    type,
    predicate: clause.predicate,
    scope: clause.predicate,
    sentence,
    claim: event,
    event: eventType,
    answers: [eventType],
  };
}
