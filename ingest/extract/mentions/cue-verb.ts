// Verbs that confirm a name: after an unknown capitalised word opening a sentence, a verb of speaking or an act the
// event lexicon types ("Arnor signed…", "Halvorsen warned…") or an auxiliary ("Halvorsen has denied…") says the word
// is a name; another verb ("Sterling slipped…") leaves it as likely a common word.

import type { Token } from "../../nlp/analyze-text.ts";
import { loadEventLexicon } from "../lexicon/event-lexicon.ts";
import { LIGHT_VERBS } from "../lexicon/nominal-events.ts";
import { SPEECH_VERBS } from "../lexicon/newsgraph-verb-events.ts";

/** True for an auxiliary or a verb of speaking, a light verb, or a verb the lexicon types as an act. */
export function isCueVerb(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.pos === "AUX") return true;
  if (token.pos !== "VERB") return false;
  // A bare "-ing" form after a capitalised word is a noun phrase, not its predicate ("Fierce fighting", "Heavy
  // shelling"): a subject takes a finite verb or an auxiliary.
  if (token.lower.endsWith("ing")) return false;
  const lemma = token.lemma;
  return SPEECH_VERBS.has(lemma) || LIGHT_VERBS.has(lemma) || loadEventLexicon().verbEvent(lemma) !== null;
}
