// Reactions to an act the sentence restates in apposition: "Russia annexed Crimea, a step the West condemned",
// "Finland applied to join NATO, a decision welcomed by the United States". The noun ("a move", "a step", "a
// decision") names the act of the clause it hangs on; the verb on the noun is someone's reaction to it, and so an act
// towards whoever did it: the West CRITICIZE Russia, the United States PRAISE Finland. Like a claim echoed in
// apposition (echoed-claims.ts), but the reaction answers the act's agent, whatever the act was.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { Clause } from "../clauses/clause.ts";
import { governingVerb, nounLemma } from "../clauses/find-clauses.ts";
import { actorsOf, clauseSubjects } from "./named-actors.ts";
import { sameSide, type Statement, type StatementContext } from "./statement.ts";

/** Nouns that restate an act as a whole. */
const ACT_RESTATEMENTS = new Set(["move", "step", "decision", "action", "measure"]);
/** Reactions that are acts towards the one who acted. */
const REACTIONS: ReadonlySet<RelationType> = new Set(["CRITICIZE", "ACCUSE", "PROTEST", "REJECT", "PRAISE", "SUPPORT"]);
/** How a clause sits on the noun it modifies: a participle ("condemned by") or a relative clause ("the West condemned"). */
const ON_NOUN = new Set(["acl", "acl:relcl"]);
/** Statements of the reactions in one sentence's clauses to the acts their apposed nouns restate. */
export function reactionsToActs(context: StatementContext, clauses: readonly Clause[], sentence: number): Statement[] {
  const { tree } = context;
  const out: Statement[] = [];
  for (const clause of clauses) {
    if (clause.kind !== "verb") continue;
    const predicate = tree.tokens[clause.predicate] as Token;
    if (!ON_NOUN.has(predicate.deprel) || predicate.head < 0) continue;
    const noun = tree.tokens[predicate.head] as Token;
    if (noun.deprel !== "appos" || !ACT_RESTATEMENTS.has(nounLemma(noun.lower))) continue;
    const type = context.lexicon.verbEvent(clause.lemma, clause)?.type ?? null;
    if (type === null || !REACTIONS.has(type)) continue;
    // "condemned by Moldova", "the West condemned": the reacting actors, not the noun a participle would inherit.
    const reactors = actorsOf(
      context,
      clause.arguments.filter((a) => a.role === "subject" && !a.inherited),
      false,
    );
    const verb = noun.head >= 0 ? governingVerb(tree, noun.head) : -1;
    const act = verb >= 0 ? context.clauseAt.get(verb) : undefined;
    if (reactors.length === 0 || !act) continue;
    const agents = clauseSubjects(context, act);
    for (const reactor of reactors) {
      for (const agent of agents) {
        if (reactor.actor === agent.actor || sameSide(context.actors, reactor.actor, agent.actor)) continue;
        out.push({
          subject: reactor.actor,
          object: agent.actor,
          subjectToken: reactor.token,
          objectToken: agent.token,
          type,
          predicate: clause.predicate,
          scope: clause.predicate,
          sentence,
          origin: "complement",
          speaker: -1,
          negated: false,
          hypothetical: false,
        });
      }
    }
  }
  return out;
}
