// How an event noun reads in its clause: the act it names (its own type, or its verb's through the CAMEO lexicon),
// relations that are an act only when the text calls them warm ("close ties with Moscow") or breaks them off, and
// events named only to date something else ("on the anniversary of the invasion"), which state nothing.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { Clause } from "../clauses/clause.ts";
import { nounLemma, prepositionOf } from "../clauses/find-clauses.ts";
import { NOMINAL_EVENTS, RELATION_NOUNS, WARM_MODIFIERS } from "../lexicon/nominal-events.ts";
import type { StatementContext } from "./statement.ts";

/**
 * The act the event noun `lemma` names in `clause` (the noun's own clause, or the verb's that takes it), or null;
 * `stopping` when a verb stops it ("broke off relations").
 */
export function typeOfNoun(
  context: StatementContext,
  lemma: string,
  clause: Clause,
  stopping = false,
): RelationType | null {
  const event = NOMINAL_EVENTS.get(lemma);
  if (!event) return null;
  // "close ties with Moscow" cooperate, "relations with Russia" alone do not; any relations can be broken off.
  if (RELATION_NOUNS.has(lemma) && !stopping && !(clause.kind === "noun" && isWarm(context, clause.predicate)))
    return null;
  // "chart a course away from its close relationship with Russia", "a break from its ties with Moscow": ties left.
  if (
    RELATION_NOUNS.has(lemma) &&
    !stopping &&
    clause.kind === "noun" &&
    prepositionOf(context.tree, clause.predicate) === "from"
  )
    return null;
  if ("type" in event) return event.type;
  return context.lexicon.verbEvent(event.verb, clause)?.type ?? null;
}

/** Words that put warmth in the past ("a once close relationship"). */
const FORMERLY = new Set(["once", "formerly", "previously", "no", "longer"]);

/** Whether a noun of relations is modified as warm ("close ties", "a strategic relationship"; not "once close"). */
function isWarm(context: StatementContext, noun: number): boolean {
  const { tree } = context;
  const past = (i: number): boolean => tree.children(i).some((c) => FORMERLY.has((tree.tokens[c] as Token).lower));
  if (past(noun)) return false;
  return tree.children(noun).some((child) => {
    const token = tree.tokens[child] as Token;
    return token.deprel === "amod" && WARM_MODIFIERS.has(token.lower) && !past(child);
  });
}

/** Nouns of time that an event noun after "of" only dates ("the anniversary of the invasion", "the start of the war"). */
const TIME_NOUNS = new Set([
  "anniversary",
  "eve",
  "start",
  "beginning",
  "outset",
  "onset",
  "end",
  "day",
  "week",
  "month",
  "year",
  "aftermath",
  "wake",
  "run-up",
  "time",
]);

/** Whether the event noun at `noun` is the "of" phrase of a noun of time. */
export function datesSomethingElse(context: StatementContext, noun: number): boolean {
  const token = context.tree.tokens[noun] as Token;
  if (token.deprel !== "nmod" || token.head < 0 || prepositionOf(context.tree, noun) !== "of") return false;
  return TIME_NOUNS.has(nounLemma((context.tree.tokens[token.head] as Token).lower));
}
