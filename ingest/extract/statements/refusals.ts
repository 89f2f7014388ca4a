// Refusals are rejections: "Orban refused to meet Zelensky", "Germany declined to send Taurus missiles to Ukraine",
// "Zelensky will not negotiate with Putin" state no meeting and no aid (modality negates them) but a rejection of the
// other party by the one who refuses (CAMEO 12: reject a request for a meeting, for aid, for cooperation); refusing to
// join another's act ("refused to join Western sanctions against Moscow") rejects its owner. Runs after modality, on
// asserted negations.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import { clauseSubjects } from "./named-actors.ts";
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

/** Verbs of joining another's act: refusing them rejects the act's owner ("refused to join Western sanctions"). */
const JOINING = new Set(["join", "back", "support", "endorse"]);

/**
 * "Serbia has refused to join Western sanctions against Moscow": refusing to join an act rejects those whose act it
 * is (the West), not its target; one rejection per owner.
 */
function refusedOwners(context: StatementContext, statement: Statement, head: number): Statement[] {
  if (statement.eventNoun === undefined) return [];
  const verb = context.tree.tokens[statement.predicate] as Token;
  if (!JOINING.has(context.lexicon.verbLemma(verb.lower))) return [];
  const event = context.clauseAt.get(statement.eventNoun);
  const owners = event ? clauseSubjects(context, event, true) : [];
  return owners
    .filter((owner) => owner.actor !== statement.subject)
    .map((owner) => ({
      ...statement,
      type: "REJECT" as const,
      object: owner.actor,
      objectToken: owner.token,
      predicate: head,
      scope: head,
      negated: false,
      hypothetical: false,
    }));
}

/** The rejections that asserted refusals of cooperative acts make, beside the negated acts themselves. */
export function refusedActs(context: StatementContext, statements: readonly Statement[]): Refusals {
  const refused: Statement[] = [];
  const announced: Statement[] = [];
  const seen = new Set<string>();
  for (const statement of statements) {
    if (statement.negated && !statement.hypothetical) {
      const head = refusingHead(context, statement.predicate);
      for (const rejection of head >= 0 ? refusedOwners(context, statement, head) : []) {
        const key = `${rejection.subject}:${rejection.object}:${head}`;
        if (!seen.has(key)) refused.push(rejection);
        seen.add(key);
      }
    }
    if (!REFUSABLE.has(statement.type) || !statement.negated || statement.hypothetical) continue;
    const head = refusingHead(context, statement.predicate);
    const rejection = { ...statement, type: "REJECT" as const, negated: false, hypothetical: false };
    if (head >= 0) refused.push({ ...rejection, predicate: head, scope: head });
    else if (SHUNNED.has(statement.type) && futureNegated(context.tree, statement.predicate)) announced.push(rejection);
  }
  return { refused, announced };
}
