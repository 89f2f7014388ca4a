// Claims a speaker finds unsupported: "Western leaders say there is no evidence of the withdrawal", "'There are no
// signs of the withdrawal of Russian troops,' said Stoltenberg", "officials have seen no evidence to support the
// claim", "Biden said that there was still no evidence". Finding no evidence for what someone claims disputes it: a
// rejection of whoever made the claim (attribution/resolve-replies.ts finds them).
//
// What the evidence would be of decides who that is:
// - a claim noun ("these assertions", "the claim") answers its author, as any reply to a claim does;
// - a retreat ("the withdrawal", "that Russia had pulled back its troops") is claimed by whoever retreats: nobody
//   reports another's withdrawal to have it doubted, so the retreating side is the claimant;
// - nothing named ("there was still no evidence") answers the claim reported just before, by another side.
// No evidence of anything else ("no evidence that Ukraine is preparing an offensive", "no sign of a Ukrainian
// attack") clears its agent of someone else's claim, and says nothing about that agent: no statement.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import { prepositionOf } from "../clauses/find-clauses.ts";
import { typeOfNoun } from "./event-noun-readings.ts";
import { isForces } from "./frontier-moves.ts";
import { actorsOf, clauseSubjects, type NamedActor } from "./named-actors.ts";
import { answersOf, claimNounAt } from "./replies.ts";
import type { StatementContext } from "./statement.ts";

/** Nouns of evidence, as written (checked before anything else: this runs on every word). */
const EVIDENCE_NOUNS = new Set(["evidence", "sign", "signs", "indication", "indications", "proof"]);
/** Acts their own agents announce, so that doubting them rejects the agent's claim. */
const CLAIMED_BY_AGENT: ReadonlySet<RelationType> = new Set(["RETREAT"]);
const NEGATIONS = new Set(["not", "n't", "never"]);
const NOMINAL_MODIFIERS = new Set(["nmod"]);
/** "evidence that Russia had withdrawn": the content clause, as the parser hangs it. */
const CONTENT_CLAUSES = new Set(["acl", "ccomp"]);
const OBJECTS = new Set(["obj"]);
/** Prepositions that name what the evidence is of ("of the withdrawal", "for these assertions"). */
const EVIDENCE_OF = new Set(["of", "for"]);

/** What a finding of no evidence disputes. */
export interface DisputedClaim {
  /** Head of the phrase that names the claim or its claimant ("assertions", "withdrawal", "Russia"). */
  claim: number;
  /** The kinds of claim it answers (null: any claim the article reported just before). */
  answers: readonly RelationType[] | null;
  /** The event whose latest agent made the claim, when the claim is an event with no agent named. */
  event: RelationType | null;
  /** The claimant, when the words name them (the agent of the retreat doubted), else -1. */
  author: number;
  /** The claim is the one reported just before: nothing is named. */
  previous: boolean;
}

/** Whether the evidence noun at `i` is denied: "no evidence", or "did not see any evidence". */
function isDenied(context: StatementContext, i: number): boolean {
  const { tree } = context;
  const token = tree.tokens[i] as Token;
  const determiners = tree.children(i).map((c) => (tree.tokens[c] as Token).lower);
  if (determiners.includes("no")) return true;
  if (!determiners.includes("any") || token.head < 0) return false;
  return tree.children(token.head).some((c) => NEGATIONS.has((tree.tokens[c] as Token).lower));
}

/** The act the clause at token `i` names: its verb's type, or its event noun's (event-noun-readings.ts). */
function actAt(context: StatementContext, i: number): RelationType | null {
  const clause = context.clauseAt.get(i);
  if (!clause) return null;
  if (clause.kind === "noun") return typeOfNoun(context, clause.lemma, clause);
  return context.lexicon.verbEvent(clause.lemma, clause)?.type ?? null;
}

/** The actor that does the act of the clause at `predicate` ("Russia had withdrawn", "the withdrawal of Russian troops"), or -1. */
function agentOf(context: StatementContext, predicate: number): number {
  const clause = context.clauseAt.get(predicate);
  if (!clause) return -1;
  const subjects = clauseSubjects(context, clause);
  if (subjects.length > 0) return (subjects[0] as NamedActor).actor;
  // "the withdrawal of Russian troops": the forces an event noun is of are the movers, and stand for their owner.
  const forces = clause.arguments.filter((a) => a.preposition === "of" && isForces(context, a.head));
  return actorsOf(context, forces, true)[0]?.actor ?? -1;
}

/**
 * The claim the words at token `i` find no evidence for, or null when `i` is no denied noun of evidence or what it
 * names is no claim of its agent.
 */
export function disputedClaimAt(context: StatementContext, i: number): DisputedClaim | null {
  const { tree } = context;
  const token = tree.tokens[i] as Token;
  if (!EVIDENCE_NOUNS.has(token.lower) || token.upos !== "NOUN" || !isDenied(context, i)) return null;
  // "evidence of the withdrawal", "evidence for these assertions", "evidence to support the claim".
  const named = [
    ...tree.childrenWith(i, NOMINAL_MODIFIERS).filter((c) => EVIDENCE_OF.has(prepositionOf(tree, c))),
    ...tree
      .childrenWith(i, CONTENT_CLAUSES)
      .filter((c) => (tree.tokens[c] as Token).lemma === "support")
      .flatMap((c) => tree.childrenWith(c, OBJECTS)),
  ];
  const contents = tree
    .childrenWith(i, CONTENT_CLAUSES)
    .filter((c) => (tree.tokens[c] as Token).upos === "VERB" && (tree.tokens[c] as Token).lemma !== "support");
  for (const head of named) {
    if (claimNounAt(context, head) !== null)
      return { claim: head, answers: answersOf(context, head), event: null, author: -1, previous: false };
    const act = actAt(context, head);
    if (act === null || !CLAIMED_BY_AGENT.has(act)) continue;
    // "the withdrawal of Russian troops" names its claimant; "the withdrawal" is the latest one reported.
    const author = agentOf(context, head);
    return { claim: head, answers: null, event: author >= 0 ? null : act, author, previous: false };
  }
  for (const content of contents) {
    const act = actAt(context, content);
    const author = act !== null && CLAIMED_BY_AGENT.has(act) ? agentOf(context, content) : -1;
    if (author >= 0) return { claim: content, answers: null, event: null, author, previous: false };
  }
  if (
    named.length > 0 ||
    contents.length > 0 ||
    tree.children(i).some((c) => (tree.tokens[c] as Token).deprel === "acl")
  )
    return null;
  return { claim: i, answers: null, event: null, author: -1, previous: true };
}
