// Refusals are rejections: "Orban refused to meet Zelensky", "Germany declined to send Taurus missiles to Ukraine",
// "France will not invite Putin to the commemorations" state no meeting and no aid (modality negates them) but a
// rejection of the other party by the one who refuses (CAMEO 12: reject a request for a meeting, for aid, for
// cooperation). Runs after modality, on asserted negations of cooperative acts.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import type { Statement, StatementContext } from "./statement.ts";

/** Verbs of refusing: what they take is not done, and refused. */
const REFUSING = new Set(["refuse", "decline"]);
/** Cooperative acts whose refusal rejects the other party. */
const REFUSABLE: ReadonlySet<RelationType> = new Set(["MEET", "NEGOTIATE", "COOPERATE", "AGREE", "AID", "SUPPORT"]);
/** Acts a future negation announces the refusal of ("will not meet", "won't attend", "will not invite"). */
const SHUNNED: ReadonlySet<RelationType> = new Set(["MEET", "NEGOTIATE"]);
const FUTURE = new Set(["will", "wo", "'ll"]);
const NOT = new Set(["not", "n't", "never"]);

/** The refusing verb whose infinitive `predicate` is ("refused to meet"), or -1. */
function refusingHead(context: StatementContext, predicate: number): number {
  const token = context.tree.tokens[predicate] as Token;
  if (token.deprel !== "xcomp" || token.head < 0) return -1;
  const head = context.tree.tokens[token.head] as Token;
  return head.upos === "VERB" && REFUSING.has(context.lexicon.verbLemma(head.lower)) ? token.head : -1;
}

/** Whether the verb at `predicate` is negated in the future tense ("will not invite", "won't meet"). */
function futureNegated(tree: ArticleTree, predicate: number): boolean {
  const children = tree.children(predicate).map((c) => tree.tokens[c] as Token);
  return (
    children.some((t) => t.deprel === "aux" && FUTURE.has(t.lower)) &&
    children.some((t) => t.deprel === "advmod" && NOT.has(t.lower))
  );
}

export interface Refusals {
  /** Rejections by a refusing verb: their mood is the refusing verb's, still to be read. */
  refused: Statement[];
  /** Rejections announced by a future negation: asserted as the negated act was. */
  announced: Statement[];
}

/** The rejections that asserted refusals of cooperative acts make, beside the negated acts themselves. */
export function refusedActs(context: StatementContext, statements: readonly Statement[]): Refusals {
  const refused: Statement[] = [];
  const announced: Statement[] = [];
  for (const statement of statements) {
    if (!REFUSABLE.has(statement.type) || !statement.negated || statement.hypothetical) continue;
    const head = refusingHead(context, statement.predicate);
    const rejection = { ...statement, type: "REJECT" as const, negated: false, hypothetical: false };
    if (head >= 0) refused.push({ ...rejection, predicate: head, scope: head });
    else if (SHUNNED.has(statement.type) && futureNegated(context.tree, statement.predicate)) announced.push(rejection);
  }
  return { refused, announced };
}
