// Acts done together: when the coordinated subjects of a clause are each other's partners ("Biden and Scholz met",
// "Russia and Ukraine agreed to hold talks", "held talks", "attach importance to their joint efforts"), and when they
// are not: a verb CAMEO pairs them for that is no act of doing together ("the US, UK and Canada called May 9 V-E
// day", "Poland and Slovakia supplied aircraft"), another partner is named ("spoke to the press"), an apposition
// describes the first subject rather than joining it, the verb only commits them to something else ("pledged to
// respect"), they fight something rather than each other, or they borrow their subjects from a clause whose partner
// they act towards ("held talks with Yanukovych to negotiate a document").

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { Clause, ClauseArgument } from "../clauses/clause.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import type { NamedActor } from "./named-actors.ts";
import type { StatementContext, StatementOrigin } from "./statement.ts";
import { SYMMETRIC_TYPES } from "./target-prepositions.ts";

/** Verbs of acting together, whose coordinated subjects act with each other ("Biden and Scholz met"). */
const RECIPROCAL_VERBS = new Set([
  "meet",
  "talk",
  "speak",
  "confer",
  "consult",
  "discuss",
  "gather",
  "convene",
  "negotiate",
  "agree",
  "cooperate",
  "collaborate",
  "coordinate",
  "ally",
  "partner",
  "clash",
  "fight",
  "battle",
  "reconcile",
  "sign",
]);
/** Modifiers of what subjects do together ("their joint efforts", "mutual trust", "bilateral trade"). */
const RECIPROCAL_MODIFIERS = new Set(["joint", "common", "mutual", "bilateral", "shared"]);
/** Prepositions of a partner ("spoke to the press", "met with reporters"). */
const PARTNER_PREPOSITIONS = new Set(["with", "to"]);

/** What a clause's statement stage knows when it asks whether its subjects act together. */
export interface JointActQuestion {
  clause: Clause;
  type: RelationType;
  origin: StatementOrigin;
  subjects: readonly NamedActor[];
  targets: readonly ClauseArgument[];
  obliques: readonly ClauseArgument[];
  /** Whether the clause's subjects are borrowed from the clause above. */
  inherited: boolean;
}

/** The coordinated subjects who act with each other, first one first; null when the act is not done together. */
export function jointPartners(context: StatementContext, question: JointActQuestion): NamedActor[] | null {
  const { clause, type, origin, subjects, targets, obliques, inherited } = question;
  const { tree } = context;
  if (!SYMMETRIC_TYPES.has(type) || subjects.length < 2 || inherited) return null;
  // Agreeing to something is agreeing with each other; pledging to do it is not.
  const committing = clause.complements.some((c) => (tree.tokens[c] as Token).deprel === "xcomp");
  if (committing && type !== "AGREE") return null;
  if (type === "FIGHT" && targets.length > 0) return null;
  const reciprocal =
    clause.kind === "noun" ||
    origin === "light-verb" ||
    RECIPROCAL_VERBS.has(clause.lemma) ||
    [...targets, ...obliques].some((a) => tree.children(a.head).some((c) => isReciprocalModifier(tree, c)));
  if (!reciprocal) return null;
  if (clause.arguments.some((a) => a.role === "oblique" && PARTNER_PREPOSITIONS.has(a.preposition))) return null;
  const together = coordinated(tree, (subjects[0] as NamedActor).token);
  return subjects.filter((s) => together.has(s.token));
}

/** Whether the token is an adjective of doing together modifying its head ("joint" in "their joint efforts"). */
function isReciprocalModifier(tree: ArticleTree, token: number): boolean {
  const word = tree.tokens[token] as Token;
  return word.deprel === "amod" && RECIPROCAL_MODIFIERS.has(word.lower);
}

const CONJUNCTS = new Set(["conj"]);

/** `head` and the conjuncts coordinated with it ("Biden and Scholz", "the US, the EU and Britain"). */
function coordinated(tree: ArticleTree, head: number): Set<number> {
  let first = head;
  while ((tree.tokens[first] as Token).deprel === "conj" && (tree.tokens[first] as Token).head >= 0)
    first = (tree.tokens[first] as Token).head;
  const out = new Set([first]);
  for (const k of out) for (const child of tree.childrenWith(k, CONJUNCTS)) out.add(child);
  return out;
}
