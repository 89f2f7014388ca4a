// Claims the sentence itself disputes in apposition: "Kyiv said Russia had shelled the hospital, a claim denied by
// Moscow", "…, an allegation that Moscow rejected", "…, a claim the newspaper called baseless". The noun restates
// what was said; a denial or a verdict of falsehood on it leaves the act merely alleged, so the reported act is not
// stated as done (ANNOTATION.md: an alleged act stated as done is forbidden). The claim itself was still made: the
// speaker's accusation stands.

import type { Token } from "../../nlp/analyze-text.ts";
import { governingVerb, nounLemma } from "../clauses/find-clauses.ts";
import { CLAIM_NOUNS, FALSEHOOD_VERDICTS } from "../lexicon/claim-nouns.ts";
import { DENIAL_VERBS } from "../lexicon/newsgraph-verb-events.ts";
import type { Sentence } from "../../nlp/analyze-text.ts";
import type { Statement, StatementContext } from "./statement.ts";

/** Verbs that pass a verdict on what they name ("called it baseless", "described the claim as false"). */
const VERDICT_VERBS = new Set(["call", "describe", "brand", "label", "term", "dismiss"]);
const ON_NOUN = new Set(["acl", "acl:relcl"]);
const INDEFINITE = new Set(["a", "an"]);

/** Whether the verb at `verb` denies what it is attached to, or calls it false. */
function disputes(context: StatementContext, verb: number): boolean {
  const { tree, lexicon } = context;
  const token = tree.tokens[verb] as Token;
  if (token.upos !== "VERB") return false;
  const lemma = lexicon.verbLemma(token.lower);
  if (DENIAL_VERBS.has(lemma) || lemma === "dispute") return true;
  return (
    VERDICT_VERBS.has(lemma) && tree.children(verb).some((c) => FALSEHOOD_VERDICTS.has((tree.tokens[c] as Token).lower))
  );
}

/** The denying verb on the appositive claim noun at `noun` ("a claim denied by…", "a claim Moscow rejected"), or -1. */
function disputingVerb(context: StatementContext, noun: number): number {
  const { tree } = context;
  const onNoun = tree.children(noun).find((c) => ON_NOUN.has((tree.tokens[c] as Token).deprel) && disputes(context, c));
  if (onNoun !== undefined) return onNoun;
  // "…, a claim denied by Moscow" parsed with the claim as the participle's subject.
  const head = (tree.tokens[noun] as Token).head;
  return head >= 0 && (tree.tokens[noun] as Token).deprel.startsWith("nsubj") && disputes(context, head) ? head : -1;
}

/** Marks as unasserted the acts of one sentence that an appositive claim noun, denied or called false, restates. */
export function disputeClaimsInApposition(
  context: StatementContext,
  sentence: Sentence,
  statements: readonly Statement[],
): void {
  const { tree } = context;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tree.tokens[i] as Token;
    // An indefinite article opens the restating noun: checked first, as this runs on every word.
    const article = tree.tokens[i - 1];
    if (token.upos !== "NOUN" || !article || !INDEFINITE.has(article.lower)) continue;
    if (!CLAIM_NOUNS.has(nounLemma(token.lower))) continue;
    const verb = disputingVerb(context, i);
    if (verb < 0) continue;
    // The act restated: the nearest verb above where the apposition hangs (above the participle when the parse made
    // the claim its subject).
    const above = (tree.tokens[verb === token.head ? verb : i] as Token).head;
    const content = above >= 0 ? governingVerb(tree, above) : -1;
    if (content < 0) continue;
    for (const statement of statements) {
      if (statement.origin === "speech" || statement.origin === "reply") continue;
      if (tree.dominates(content, statement.predicate)) statement.hypothetical = true;
    }
  }
}
