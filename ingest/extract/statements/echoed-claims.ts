// Claims others echo: "Kyiv has accused Moscow of undermining its democracy, a charge echoed by the United States and
// the European Union" states the accusation three times, once by each. A claim noun in apposition inside a clause
// ("a charge", "a view", "a warning"), modified by a verb of echoing with its agents ("echoed by", "shared by"), gives
// the echoing actors the statements of that clause that the noun can name, towards the same target.

import type { Token } from "../../nlp/analyze-text.ts";
import { nounLemma } from "../clauses/find-clauses.ts";
import type { Clause } from "../clauses/clause.ts";
import { CLAIM_NOUNS } from "../lexicon/claim-nouns.ts";
import { actorsOf } from "./named-actors.ts";
import { sameSide, type Statement, type StatementContext } from "./statement.ts";

/** Verbs whose agents make a claim their own. */
const ECHOING_VERBS: ReadonlySet<string> = new Set(["echo", "share", "repeat", "reiterate", "endorse", "back"]);
/** Nouns for a held opinion, which any statement of the clause can be ("a view shared by Poland"). */
const OPINIONS: ReadonlySet<string> = new Set(["view", "assessment", "position"]);
const AGENTS = new Set(["obl:agent"]);
const CONJUNCTS = new Set(["conj"]);

/** Whether a clause is an echoing participle on a noun ("a charge echoed by…", "a view shared by…"). */
function isEcho(context: StatementContext, clause: Clause): boolean {
  return ECHOING_VERBS.has(clause.lemma) && (context.tree.tokens[clause.predicate] as Token).deprel.startsWith("acl");
}

/**
 * The echoed statements of one sentence: for each echoing participle on an appositive claim noun, the statements of
 * the clause the apposition sits in (by predicate), restated by the participle's agents, with each claim's own scope
 * (an echoed accusation is as asserted as the accusation); and the echoing participles.
 */
export function echoedClaims(
  context: StatementContext,
  clauses: readonly Clause[],
  own: readonly Statement[],
): { statements: Statement[]; echoing: Set<number> } {
  const { tree } = context;
  const out: Statement[] = [];
  const echoing = new Set<number>();
  for (const clause of clauses) {
    if (!isEcho(context, clause)) continue;
    const noun = (tree.tokens[clause.predicate] as Token).head;
    const nounToken = tree.tokens[noun] as Token | undefined;
    if (!nounToken || nounToken.deprel !== "appos") continue;
    const lemma = nounLemma(nounToken.lower);
    const kinds = OPINIONS.has(lemma) ? null : CLAIM_NOUNS.get(lemma);
    if (kinds === undefined) continue;
    // "echoed by the United States and the European Union": the agent and its conjuncts, wherever the parse hung them.
    const agentHeads = tree
      .childrenWith(clause.predicate, AGENTS)
      .flatMap((head) => [head, ...tree.childrenWith(head, CONJUNCTS)]);
    if (agentHeads.length === 0) continue;
    agentHeads.push(
      ...tree.childrenWith(clause.predicate, CONJUNCTS).filter((c) => (tree.tokens[c] as Token).upos !== "VERB"),
    );
    const agents = actorsOf(
      context,
      [...new Set(agentHeads)].map((head) => ({ head, role: "subject" as const, preposition: "", inherited: false })),
      false,
    );
    if (agents.length === 0) continue;
    echoing.add(clause.predicate);
    // The claim: statements whose predicate dominates the apposition, of a kind the noun names.
    const claims = own.filter(
      (s) => s.origin !== "reply" && tree.dominates(s.predicate, noun) && (kinds === null || kinds.includes(s.type)),
    );
    for (const claim of claims) {
      for (const agent of agents) {
        if (agent.actor === claim.object || sameSide(context.actors, agent.actor, claim.object)) continue;
        if (out.some((s) => s.subject === agent.actor && s.object === claim.object && s.type === claim.type)) continue;
        out.push({
          ...claim,
          subject: agent.actor,
          subjectToken: agent.token,
          predicate: clause.predicate,
          origin: "complement",
          speaker: -1,
        });
      }
    }
  }
  return { statements: out, echoing };
}
